import type { FastifyInstance } from 'fastify';
import type pg from 'pg';

const PROBE_TIMEOUT_MS = 2_000;

/** `GET /healthz`: 200 when the database answers, 503 with a reason when it does not. */
export function registerHealth(app: FastifyInstance, pool: pg.Pool): void {
  app.get('/healthz', async (request, reply) => {
    try {
      await withTimeout(pool.query('select 1'), PROBE_TIMEOUT_MS);
      return { status: 'ok', database: 'ok' };
    } catch (error) {
      request.log.warn({ err: error }, 'health check: database unreachable');
      return reply.status(503).send({
        status: 'error',
        database: 'unreachable',
        reason: 'the database did not answer',
      });
    }
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
