import { boot } from '../boot';

/** Migrations run as part of boot; this command only reports and exits. */
export async function migrateCommand(): Promise<void> {
  const { db, logger } = await boot();
  logger.info('database is up to date');
  await db.close();
}
