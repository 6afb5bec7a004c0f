// A worker process for the crash test: it runs the real fan-out, then announces that the
// effects are committed and hangs before the job is marked complete, so the test can
// kill it at the worst moment.
import pino from 'pino';
import { startJobRunner } from '../job-runner';
import { createTaskList } from '../task-list';

const ownerUrl = process.env.OWNER_URL as string;
const encryptionKey = process.env.ENCRYPTION_KEY as string;
const logger = pino({ level: 'silent' });
const tasks = createTaskList({
  encryptionKey,
  mailer: { send: async () => {} },
  teamsWebhookUrl: undefined,
  logger,
  // It runs only the fan-out, which works as the owner.
  withRequestTx: () => Promise.reject(new Error('this test worker makes no request transactions')),
});
const fanOut = tasks.fan_out_notification;
if (!fanOut) throw new Error('fan_out_notification task missing');
tasks.fan_out_notification = async (payload, helpers) => {
  await fanOut(payload, helpers);
  process.stdout.write('effects committed\n');
  await new Promise(() => {});
};
await startJobRunner({ ownerUrl, logger, taskList: tasks, encryptionKey, concurrency: 1 });
process.stdout.write('worker started\n');
