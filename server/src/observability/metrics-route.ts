import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { ErrorCode } from '../http/error-codes';
import { createMetrics, socketsOf } from './metrics';
import { isPrivateAddress } from './private-address';

export interface MetricsOptions {
  pool: pg.Pool;
  /** Bearer token that admits a scraper from anywhere; undefined: private addresses only. */
  token: string | undefined;
  /** Whether X-Forwarded-* headers are believed (Fastify's trustProxy is set). */
  trustsProxy: boolean;
}

const FORWARDED_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * `GET /metrics` in Prometheus' text format, for scrapers on this machine or the private
 * network, or anyone presenting METRICS_TOKEN. A request relayed by a proxy we were not
 * told to trust is judged as coming from the internet: its peer address is the proxy's.
 */
export function registerMetrics(app: FastifyInstance, options: MetricsOptions): void {
  const metrics = createMetrics({ pool: options.pool, sockets: socketsOf(app) });
  app.addHook('onResponse', async (request, reply) => metrics.observe(request, reply));
  const tokenDigest = options.token ? digest(options.token) : undefined;

  app.get('/metrics', { logLevel: 'warn' }, async (request, reply) => {
    if (!mayScrape(request, tokenDigest, options.trustsProxy)) {
      return reply.status(403).send({
        code: ErrorCode.forbidden,
        message:
          'Metrics are served only to loopback and private-network addresses, or with the METRICS_TOKEN bearer token.',
      });
    }
    reply.header('Cache-Control', 'no-store');
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

function mayScrape(
  request: FastifyRequest,
  tokenDigest: Buffer | undefined,
  trustsProxy: boolean,
): boolean {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  if (tokenDigest && bearer) return timingSafeEqual(digest(bearer), tokenDigest);
  const relayed = FORWARDED_HEADERS.some((name) => request.headers[name] !== undefined);
  if (relayed && !trustsProxy) return false;
  return isPrivateAddress(request.ip);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
