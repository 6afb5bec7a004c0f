import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const QUEUE_PROBE_TIMEOUT_MS = 2_000;

export interface MetricsSources {
  /** The server's database pool (authenticator). */
  pool: pg.Pool;
  /** Open WebSockets: all, and those that have signed in. */
  sockets: () => { connected: number; signedIn: number };
}

/**
 * Crewlog's Prometheus metrics, in a registry of its own (so several apps in one process,
 * as in tests, never share counters). Labels are bounded: the route pattern, never the
 * raw URL, and the status class.
 */
export function createMetrics(sources: MetricsSources) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'crewlog_' });
  const labelNames = ['method', 'route', 'status_class'] as const;
  const requests = new Counter({
    name: 'crewlog_http_requests_total',
    help: 'HTTP requests answered, by route pattern and status class',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'crewlog_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by route pattern and status class',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  registerPoolGauges(registry, sources.pool);
  registerQueueGauges(registry, sources.pool);
  registerSocketGauges(registry, sources.sockets);

  return {
    registry,
    observe(request: FastifyRequest, reply: FastifyReply): void {
      const labels = {
        method: METHODS.has(request.method) ? request.method : 'OTHER',
        route: request.routeOptions.url ?? 'unmatched',
        status_class: `${Math.floor(reply.statusCode / 100)}xx`,
      };
      requests.inc(labels);
      duration.observe(labels, reply.elapsedTime / 1000);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

function registerPoolGauges(registry: Registry, pool: pg.Pool): void {
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  gauge('crewlog_db_pool_connections', 'Connections the pool holds', () => pool.totalCount);
  gauge('crewlog_db_pool_idle', 'Idle connections in the pool', () => pool.idleCount);
  gauge('crewlog_db_pool_waiting', 'Queries waiting for a connection', () => pool.waitingCount);
}

function registerQueueGauges(registry: Registry, pool: pg.Pool): void {
  const up = new Gauge({
    name: 'crewlog_job_queue_up',
    help: '1 when the job queue could be read at this scrape, else 0',
    registers: [registry],
  });
  const jobs = new Gauge({
    name: 'crewlog_jobs',
    help: 'Background jobs by state: pending (waiting to run or retry), failed (out of attempts)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      try {
        const { rows } = await withTimeout(
          pool.query<{ pending: string; failed: string }>(
            'select pending, failed from ops.job_queue_counts()',
          ),
          QUEUE_PROBE_TIMEOUT_MS,
        );
        this.set({ state: 'pending' }, Number(rows[0]?.pending ?? 0));
        this.set({ state: 'failed' }, Number(rows[0]?.failed ?? 0));
        up.set(1);
      } catch {
        // A scrape must still answer when the database does not; `up` says it did not.
        jobs.reset();
        up.set(0);
      }
    },
  });
}

function registerSocketGauges(registry: Registry, sockets: MetricsSources['sockets']): void {
  new Gauge({
    name: 'crewlog_websockets',
    help: 'Open live-update sockets: connected, and signed in',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const { connected, signedIn } = sockets();
      this.set({ state: 'connected' }, connected);
      this.set({ state: 'signed_in' }, signedIn);
    },
  });
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The app's open sockets, read at scrape time (live updates register after metrics). */
export function socketsOf(app: FastifyInstance): () => { connected: number; signedIn: number } {
  return () => ({
    connected: app.websocketServer?.clients.size ?? 0,
    signedIn: app.realtime?.registry.socketCount ?? 0,
  });
}
