import { makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import type pg from 'pg';
import type { Logger } from 'pino';
import { workerLogger } from './job-logger';
import { ABANDONED_WORKERS_SQL, LIVENESS_NAMESPACE } from './worker-lease';

export interface RecoveryOptions {
  /** How long a job must have been locked before its worker may be declared dead. */
  graceMs: number;
  /** How often to look. */
  intervalMs: number;
}

/**
 * graphile-worker frees a dead worker's jobs only after four hours. Crewlog knows sooner:
 * a worker whose liveness lock is gone has died, so its jobs are unlocked and run again
 * (tasks are written to be safe to run twice).
 */
export async function startAbandonedJobRecovery(
  pool: pg.Pool,
  logger: Logger,
  options: RecoveryOptions,
): Promise<{ stop(): Promise<void> }> {
  const utils = await makeWorkerUtils({ pgPool: pool, logger: workerLogger(logger) });
  const sweep = () =>
    recoverOnce(utils, pool, options.graceMs).catch((error) =>
      logger.warn({ err: error }, 'abandoned job recovery failed'),
    );
  await sweep();
  const timer = setInterval(sweep, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await utils.release();
    },
  };
}

async function recoverOnce(utils: WorkerUtils, pool: pg.Pool, graceMs: number) {
  const { rows } = await pool.query<{ worker_id: string }>(ABANDONED_WORKERS_SQL, [
    LIVENESS_NAMESPACE,
    graceMs,
  ]);
  const ids = rows.map((row) => row.worker_id);
  if (ids.length > 0) await utils.forceUnlockWorkers(ids);
  return ids;
}
