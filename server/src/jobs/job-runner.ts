import { EventEmitter } from 'node:events';
import { run, type TaskList, type WorkerEvents } from 'graphile-worker';
import type pg from 'pg';
import type { Logger } from 'pino';
import { createPool } from '../db/pools';
import { type RecoveryOptions, startAbandonedJobRecovery } from './abandoned-job-recovery';
import { workerLogger } from './job-logger';
import { CRONTAB } from './task-list';
import { openWorkerLease, type WorkerLease } from './worker-lease';

export interface JobRunnerOptions {
  ownerUrl: string;
  logger: Logger;
  taskList: TaskList;
  encryptionKey: string;
  concurrency: number;
  /** How often to look for future and retried jobs (new jobs arrive by LISTEN at once). */
  pollIntervalMs?: number;
  recovery?: RecoveryOptions;
}

export interface JobRunner {
  stop(): Promise<void>;
}

const DEFAULT_RECOVERY: RecoveryOptions = { graceMs: 5_000, intervalMs: 30_000 };

/**
 * Runs graphile-worker with Crewlog's tasks and schedule. Several runners (in-process or
 * `crewlog worker`) may share one database: each job is locked by one worker at a time,
 * and a killed runner's jobs are recovered by the others (see abandoned-job-recovery.ts).
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { logger } = options;
  // Our own pool, so that it outlives graphile-worker's shutdown and ends when we say.
  const pool = createPool(options.ownerUrl, options.concurrency + 3);
  // A checked-out client that loses its connection fails its query; it must not also
  // crash the process with an unhandled 'error' event (graphile-worker checks for this).
  pool.on('connect', (client) => client.on('error', () => {}));
  const lease = await openWorkerLease(options.ownerUrl);
  const events: WorkerEvents = new EventEmitter();
  watchWorkers(events, lease, pool, logger, options.encryptionKey);
  const runner = await run({
    pgPool: pool,
    concurrency: options.concurrency,
    noHandleSignals: true,
    pollInterval: options.pollIntervalMs ?? 2_000,
    taskList: options.taskList,
    crontab: CRONTAB,
    logger: workerLogger(logger),
    events,
  });
  const recovery = await startAbandonedJobRecovery(
    pool,
    logger,
    options.recovery ?? DEFAULT_RECOVERY,
  );
  return {
    async stop() {
      await recovery.stop();
      await runner.stop();
      await lease.close();
      await pool.end();
    },
  };
}

function watchWorkers(
  events: WorkerEvents,
  lease: WorkerLease,
  pool: pg.Pool,
  logger: Logger,
  encryptionKey: string,
): void {
  events.on('worker:create', ({ worker }) => {
    lease.claim(worker.workerId).catch((error) => {
      logger.error({ err: error, workerId: worker.workerId }, 'cannot claim worker liveness');
    });
  });
  // A job that used up its attempts is a system alert; retries before that are visible
  // in api.job_status().
  events.on('job:failed', ({ job, error }) => {
    raiseFailureAlert(pool, encryptionKey, job.task_identifier, job.id, error).catch((cause) => {
      logger.error({ err: cause, jobId: job.id }, 'cannot record a failed job as an alert');
    });
  });
}

async function raiseFailureAlert(
  pool: pg.Pool,
  encryptionKey: string,
  task: string,
  jobId: string,
  error: unknown,
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  // One statement, so the key stays local to it: set_config in a CTE of the same query.
  await pool.query(
    `with key as (select set_config('app.settings.encryption_key', $4, true))
     select app.raise_job_failure_alert($1, $2, $3) from key`,
    [task, jobId, message, encryptionKey],
  );
}
