import { boot } from '../boot';
import { installJobQueue } from '../jobs/job-queue-schema';

/**
 * Brings the database up to date and exits: Crewlog's migrations (run by boot) and the job
 * queue's schema, which servers and workers would otherwise install when they start.
 */
export async function migrateCommand(): Promise<void> {
  const { db, logger } = await boot();
  try {
    await installJobQueue(db.ownerUrl, logger);
    logger.info('database is up to date');
  } finally {
    await db.close();
  }
}
