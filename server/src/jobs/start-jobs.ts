import type { Runtime } from '../boot';
import { createLogMailer } from '../mail/mailer';
import { createPushSender } from '../push/push-sender';
import { type JobRunner, startJobRunner } from './job-runner';
import { createTaskList } from './task-list';

/** Starts this process's job runner with Crewlog's tasks (the queue must be installed). */
export function startJobs(runtime: Runtime): Promise<JobRunner> {
  const logger = runtime.logger.child({ component: 'jobs' });
  const taskList = createTaskList({
    encryptionKey: runtime.secrets.encryptionKey,
    mailer: createLogMailer(logger),
    teamsWebhookUrl: runtime.config.teamsWebhookUrl,
    logger,
    withRequestTx: runtime.db.withRequestTx,
    pushSender:
      runtime.secrets.vapid &&
      createPushSender({ ...runtime.secrets.vapid, subject: runtime.config.push.subject }),
    imports: {
      ticketPatterns: runtime.config.transfer.ticketPatterns,
      unconfirmedMaxAgeHours: runtime.config.importUnconfirmedMaxAgeHours,
    },
  });
  return startJobRunner({
    ownerUrl: runtime.db.ownerUrl,
    logger,
    taskList,
    encryptionKey: runtime.secrets.encryptionKey,
    concurrency: runtime.config.jobsConcurrency,
  });
}
