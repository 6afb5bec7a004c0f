import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../db/tests/team';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { installJobQueue } from './job-queue-schema';
import type { JobRunner } from './job-runner';
import { eventually, silent, startTestRunner } from './testing/job-fixtures';

let db: TestDatabase;
let team: Team;
let child: ChildProcess | undefined;
let runner: JobRunner | undefined;

function startCrashProneWorker(): { process: ChildProcess; said: (line: string) => Promise<void> } {
  const script = path.join(import.meta.dirname, 'testing/crash-prone-worker.ts');
  const proc = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, OWNER_URL: db.ownerUrl, ENCRYPTION_KEY: db.settings.encryption_key },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  proc.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  return {
    process: proc,
    said: (line) =>
      eventually(async () => (output.includes(line) ? true : undefined), 20_000).then(() => {}),
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  await installJobQueue(db.ownerUrl, silent);
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await runner?.stop();
  await db?.drop();
});

describe('a worker killed mid-job', () => {
  it('leaves the job to another worker, which completes it exactly once in effect', async () => {
    const worker = startCrashProneWorker();
    child = worker.process;
    await worker.said('worker started');
    const [sent] = await team.as(
      'admin1',
      `insert into api.notifications (is_site_wide, title, message) values (true, 'Storm plan', 'Stay in')
       returning notification_id`,
    );
    await worker.said('effects committed');
    child.kill('SIGKILL');
    await new Promise((resolve) => child?.once('exit', resolve));
    const locked = await db.owner.query(
      `select locked_by from graphile_worker.jobs where task_identifier = 'fan_out_notification'`,
    );
    expect(locked.rows[0]?.locked_by).toBeTruthy();

    ({ runner } = await startTestRunner(db, { recovery: { graceMs: 0, intervalMs: 200 } }));
    await eventually(async () => {
      const { rows } = await db.owner.query(
        `select count(*)::int as n from graphile_worker.jobs where task_identifier = 'fan_out_notification'`,
      );
      return rows[0]?.n === 0 ? true : undefined;
    });
    const { rows } = await db.owner.query(
      `select count(*)::int as receipts, count(distinct user_id)::int as users
         from app.notification_receipts where notification_id = $1`,
      [sent?.notification_id],
    );
    expect(rows[0]).toEqual({ receipts: 6, users: 6 });
  });
});
