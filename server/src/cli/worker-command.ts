import { boot } from '../boot';
import { installJobQueue } from '../jobs/job-queue-schema';
import { startJobs } from '../jobs/start-jobs';
import { onStopSignals } from '../stop-signals';

/**
 * `crewlog worker`: runs background jobs only, beside any number of servers and other
 * workers on the same database (set JOBS_IN_PROCESS=false on the servers to leave all
 * jobs to workers). Stops after its current jobs on SIGINT/SIGTERM.
 */
export async function workerCommand(): Promise<void> {
  const runtime = await boot();
  const { logger, db } = runtime;
  await installJobQueue(db.ownerUrl, logger);
  const jobs = await startJobs(runtime);
  logger.info('worker running');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker stopping');
    await jobs.stop();
    await db.close();
    process.exit(0);
  };
  onStopSignals((signal) => void stop(signal));
}
