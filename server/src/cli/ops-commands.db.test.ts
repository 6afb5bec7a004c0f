import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { withOwnerTx } from '../users/create-user';

// backup, restore and rotate-key as an operator runs them, on a database in DATABASE_URL.

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../bin/crewlog.mjs');
let db: TestDatabase;
let dataDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-ops-cli-'));
  await chmod(dataDir, 0o755);
  env = {
    ...process.env,
    DATABASE_URL: db.ownerUrl,
    CREWLOG_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    ENCRYPTION_KEY: '',
    NEW_ENCRYPTION_KEY: '',
    AUTHENTICATOR_PASSWORD: inject('authenticatorPassword'),
  };
});
afterAll(async () => {
  await db?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const crewlog = (...args: string[]) => run(process.execPath, [BIN, ...args], { env });
const secretsFile = async () =>
  JSON.parse(await readFile(path.join(dataDir, 'secrets.json'), 'utf8')) as Record<string, string>;

describe('npx crewlog backup / restore', () => {
  it('needs --out, and writes the archive', async () => {
    await expect(crewlog('backup')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('usage: crewlog backup --out FILE'),
    });
    const out = path.join(dataDir, 'nightly.dump');
    const { stdout } = await crewlog('backup', '--out', out);
    expect(stdout).toMatch(/^backup written to .*nightly\.dump \(\d+ bytes\)/);
  });

  it('refuses to restore over a database in use, in one line', async () => {
    await expect(crewlog('restore', path.join(dataDir, 'nightly.dump'))).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^crewlog: database ".*" is not empty .*pass --force/),
    });
  });
});

describe('npx crewlog rotate-key in development', () => {
  it('generates the next key, re-encrypts and leaves it in the secrets file', async () => {
    await crewlog(
      'user',
      'create',
      '--email',
      'kim@example.com',
      '--password',
      'a long password',
      '--name',
      'Kim Keys',
      '--alias',
      'kim',
      '--role',
      'admin',
    );
    const before = await secretsFile();
    const { stdout } = await crewlog('rotate-key', '--batch-size', '1');
    expect(stdout).toMatch(
      /re-encrypted \d+ rows; the data folder's secrets file now holds the new key/,
    );
    const after = await secretsFile();
    expect(after.encryptionKey).not.toBe(before.encryptionKey);
    expect(after.encryptionKey?.length).toBeGreaterThanOrEqual(32);
    expect(after.pendingEncryptionKey).toBeUndefined();
    expect(after.jwtSecret).toBe(before.jwtSecret);
    const name = await withOwnerTx(db.owner, after.encryptionKey as string, async (client) => {
      const { rows } = await client.query(
        `select app.decrypt(name_enc) as n from app.users where alias = 'kim'`,
      );
      return rows[0].n;
    });
    expect(name).toBe('Kim Keys');
  });

  it('demands NEW_ENCRYPTION_KEY when the key is configured, and a sane batch size', async () => {
    const configured = { ...env, ENCRYPTION_KEY: 'k'.repeat(40) };
    await expect(
      run(process.execPath, [BIN, 'rotate-key'], { env: configured }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('set NEW_ENCRYPTION_KEY') });
    await expect(
      run(process.execPath, [BIN, 'rotate-key'], {
        env: { ...configured, NEW_ENCRYPTION_KEY: 'short' },
      }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('at least 32 characters') });
    await expect(crewlog('rotate-key', '--batch-size', '0')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--batch-size must be a whole number'),
    });
  });
});
