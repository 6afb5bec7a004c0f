import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { readMigrations } from '../db/migrate';

const PROBE_TIMEOUT_MS = 2_000;

/**
 * Probes for load balancers and orchestrators:
 * - `GET /livez`: the process answers (restart it when this fails);
 * - `GET /healthz`: the database answers;
 * - `GET /readyz`: the database answers and holds exactly the migrations this build
 *   ships (send traffic only then), 503 with a reason otherwise.
 */
export function registerHealth(app: FastifyInstance, pool: pg.Pool, migrationsDir?: string): void {
  app.get('/livez', { logLevel: 'warn' }, async () => ({ status: 'ok' }));

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

  let shipped: Promise<number[]> | undefined;
  app.get('/readyz', { logLevel: 'warn' }, async (request, reply) => {
    shipped ??= readMigrations(migrationsDir).then((files) => files.map((file) => file.version));
    let applied: number[];
    try {
      const { rows } = await withTimeout(
        pool.query<{ v: number }>('select v from ops.applied_migrations() as v'),
        PROBE_TIMEOUT_MS,
      );
      applied = rows.map((row) => row.v);
    } catch (error) {
      const missing = ['42883', '3F000', '42501'].includes((error as { code?: string }).code ?? '');
      request.log.warn({ err: error }, 'readiness: database');
      return reply.status(503).send(
        missing
          ? {
              status: 'error',
              database: 'ok',
              migrations: 'pending',
              reason: 'the database has not been migrated to this version',
            }
          : { status: 'error', database: 'unreachable', reason: 'the database did not answer' },
      );
    }
    const expected = await shipped;
    const pending = expected.filter((version) => !applied.includes(version));
    const unknown = applied.filter((version) => !expected.includes(version));
    if (pending.length > 0 || unknown.length > 0) {
      return reply.status(503).send({
        status: 'error',
        database: 'ok',
        migrations: pending.length > 0 ? 'pending' : 'newer',
        reason:
          pending.length > 0
            ? `${pending.length} migration(s) of this version are not applied yet`
            : 'the database was migrated by a newer version of Crewlog',
      });
    }
    return { status: 'ok', database: 'ok', migrations: 'current' };
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
