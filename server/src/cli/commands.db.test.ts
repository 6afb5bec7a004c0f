import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

describe('npx crewlog api', () => {
  it('serves only the data API, configured with PostgREST’s variable names', {
    timeout: 60_000,
  }, async () => {
    const { spawn } = await import('node:child_process');
    const authenticator = new URL(db.ownerUrl);
    authenticator.username = 'authenticator';
    authenticator.password = inject('authenticatorPassword');
    const child = spawn(process.execPath, [BIN, 'api'], {
      env: {
        ...env,
        PGRST_DB_URI: authenticator.toString(),
        PGRST_DB_SCHEMAS: 'api',
        PGRST_DB_ANON_ROLE: 'anon',
        PGRST_JWT_SECRET: 'x'.repeat(40),
        PGRST_SERVER_PORT: '0',
        PGRST_DB_PRE_REQUEST: 'api.pre_request',
        // The key the commands above generated into the data folder and encrypted with.
        PGRST_APP_SETTINGS_ENCRYPTION_KEY: JSON.parse(
          readFileSync(path.join(String(env.CREWLOG_DATA_DIR), 'secrets.json'), 'utf8'),
        ).encryptionKey,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /listening on (\S+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const settings = await fetch(`${url}/site_settings?setting_key=eq.terms_version`);
    expect(await settings.json()).toEqual([
      expect.objectContaining({ setting_key: 'terms_version' }),
    ]);
    const refused = await fetch(`${url}/ticket_entries`);
    expect(refused.status).toBe(401);
    // Encrypted columns read back decrypted: the key arrives as PostgREST's app.settings.
    const { SignJWT } = await import('jose');
    const [user] = (await db.owner.query(`select user_id from app.users where alias = 'boss'`))
      .rows;
    const token = await new SignJWT({ role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(user.user_id))
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(40)));
    const me = await fetch(`${url}/users?select=name&user_id=eq.${user.user_id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await me.json()).toEqual([{ name: 'Bo Boss' }]);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses to start without its settings, in one line', async () => {
    const noEnv = { ...env, PGRST_DB_URI: '', PGRST_JWT_SECRET: '' };
    await expect(run(process.execPath, [BIN, 'api'], { env: noEnv })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^crewlog: invalid configuration: PGRST_DB_URI/),
    });
  });
});
