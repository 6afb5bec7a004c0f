import { runMigrations } from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import { workerLogger } from './job-logger';

/**
 * Installs or upgrades graphile-worker's schema (after Crewlog's own migrations), then
 * moves jobs that were enqueued before the queue existed into it. Every process that
 * serves or works calls this before it starts, so triggers always find the queue.
 */
export async function installJobQueue(ownerUrl: string, logger: Logger): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: workerLogger(logger) });
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ moved: number }>(
      'select app.flush_pending_jobs() as moved',
    );
    const moved = rows[0]?.moved ?? 0;
    if (moved > 0) logger.info({ moved }, 'queued jobs enqueued before the queue existed');
  } finally {
    await client.end();
  }
}
