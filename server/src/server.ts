import { buildApp } from './app';
import { boot } from './boot';
import { installJobQueue } from './jobs/job-queue-schema';
import { startJobs } from './jobs/start-jobs';
import { onStopSignals } from './stop-signals';

/** Starts Crewlog: boot, listen, and stop cleanly on SIGINT/SIGTERM. */
export async function startServer(): Promise<void> {
  const runtime = await boot();
  const { config, logger, db } = runtime;
  // Triggers enqueue into graphile-worker's schema: it must exist before we serve.
  await installJobQueue(db.ownerUrl, logger);
  const app = await buildApp(runtime);
  const jobs = config.jobsInProcess ? await startJobs(runtime) : undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    try {
      await app.close();
      await jobs?.stop();
      await db.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean stop');
      process.exit(1);
    }
  };
  onStopSignals((signal) => void stop(signal));
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    logger.fatal({ err: error }, `cannot listen on ${config.host}:${config.port}`);
    await db.close();
    process.exit(1);
  }
}
