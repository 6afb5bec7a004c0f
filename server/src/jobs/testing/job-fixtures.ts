import type { TaskList } from 'graphile-worker';
import pino from 'pino';
import type { TestDatabase } from '../../../test/test-database';
import type { MailMessage as Mail } from '../../mail/mailer';
import { installJobQueue } from '../job-queue-schema';
import { type JobRunner, startJobRunner } from '../job-runner';
import { createTaskList } from '../task-list';

export const silent = pino({ level: 'silent' });

/** A runner on a test database that records the mail it would send. */
export async function startTestRunner(
  db: TestDatabase,
  options: { extraTasks?: TaskList; recovery?: { graceMs: number; intervalMs: number } } = {},
): Promise<{ runner: JobRunner; mail: Mail[] }> {
  await installJobQueue(db.ownerUrl, silent);
  const mail: Mail[] = [];
  const encryptionKey = db.settings.encryption_key as string;
  const taskList = {
    ...createTaskList({
      encryptionKey,
      mailer: { send: async (m) => void mail.push(m) },
      teamsWebhookUrl: undefined,
      logger: silent,
      withRequestTx: db.withRequestTx,
    }),
    ...options.extraTasks,
  };
  const runner = await startJobRunner({
    ownerUrl: db.ownerUrl,
    logger: silent,
    taskList,
    encryptionKey,
    concurrency: 2,
    pollIntervalMs: 200,
    recovery: options.recovery ?? { graceMs: 1_000, intervalMs: 200 },
  });
  return { runner, mail };
}

/** Polls until `check` returns a value that is not undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
