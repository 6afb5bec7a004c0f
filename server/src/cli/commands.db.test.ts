import { execFile } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';

// The command line as an operator runs it, against a database given by DATABASE_URL.

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../bin/crewlog.mjs');
let db: TestDatabase;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  db = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-cli-'));
  await chmod(dataDir, 0o755);
  env = {
    ...process.env,
    DATABASE_URL: db.ownerUrl,
    CREWLOG_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    // The authenticator role is cluster-wide: keep the password the other test files use.
    AUTHENTICATOR_PASSWORD: inject('authenticatorPassword'),
  };
});
afterAll(async () => db?.drop());

const crewlog = (...args: string[]) => run(process.execPath, [BIN, ...args], { env });

describe('npx crewlog', () => {
  it('lists its commands', async () => {
    const { stdout } = await crewlog('--help');
    expect(stdout).toMatch(/usage: crewlog <command>/);
    expect(stdout).toMatch(/migrate/);
  });

  it('refuses an unknown command with exit code 2', async () => {
    await expect(crewlog('frobnicate')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
  });

  it('migrates, creates the first admin, and refuses a duplicate in one line', async () => {
    await crewlog('migrate');
    const queue = await db.owner.query(
      `select count(*)::int as n from pg_namespace where nspname = 'graphile_worker'`,
    );
    expect(queue.rows[0].n).toBe(1);
    const args = [
      'user',
      'create',
      '--email',
      'Boss@Example.com',
      '--password',
      'a long password',
      '--name',
      'Bo Boss',
      '--alias',
      'boss',
      '--role',
      'admin',
    ];
    const { stdout } = await crewlog(...args);
    expect(stdout).toMatch(/^created admin boss \(user \d+\)/);
    const { rows } = await db.owner.query(
      `select user_is_admin, user_is_email_verified, password_hash like '$argon2id$%' as argon from app.users where alias = 'boss'`,
    );
    expect(rows).toEqual([{ user_is_admin: true, user_is_email_verified: true, argon: true }]);
    await expect(crewlog(...args)).rejects.toMatchObject({
      code: 2,
      stderr: 'crewlog: a user with this email or alias exists already\n',
    });
  });

  it('seeds the demo team once', async () => {
    const first = await crewlog('seed-demo');
    expect(first.stdout).toMatch(/demo team created/);
    expect(first.stdout).toMatch(/ada@example.com\s+admin/);
    const again = await crewlog('seed-demo');
    expect(again.stdout).toMatch(/already there/);
  });
});
