import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../deploy/child-process';

// `npm start` as a user runs it: a real process on an embedded PostgreSQL in a data folder.

const BIN = path.resolve(import.meta.dirname, '../../../bin/crewlog.mjs');
const children: ChildProcess[] = [];
let dataDir: string;

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  if (dataDir) {
    await stopLeftover(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  }
});

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  let output = '';
  const child = spawn(process.execPath, [BIN, 'start'], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(port: number, output: () => string): Promise<unknown> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.status === 200) return response.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become healthy:\n${output()}`);
}

async function superuser(dir: string, port: number): Promise<pg.Client> {
  const secrets = JSON.parse(await readFile(path.join(dir, 'secrets.json'), 'utf8'));
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password: secrets.embeddedSuperuserPassword,
    database: 'crewlog',
  });
  await client.connect();
  return client;
}

async function stopLeftover(dir: string): Promise<void> {
  try {
    const pid = Number(
      (await readFile(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    process.kill(pid, 'SIGQUIT');
  } catch {
    // nothing left running
  }
}

describe('npm start with no configuration', () => {
  it('starts on an embedded PostgreSQL, stops cleanly, restarts on the same data, and recovers after kill -9', {
    timeout: 240_000,
  }, async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-start-'));
    await chmod(dataDir, 0o755);
    const env = {
      CREWLOG_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      DATABASE_URL: '',
      NODE_ENV: 'development',
    };
    const port = Number(env.PORT);
    const pgPort = Number(env.EMBEDDED_PG_PORT);

    const first = start(env);
    expect(await waitForHealth(port, first.output)).toEqual({ status: 'ok', database: 'ok' });
    const secretsMode =
      (await import('node:fs')).statSync(path.join(dataDir, 'secrets.json')).mode & 0o777;
    expect(secretsMode).toBe(0o600);
    const client = await superuser(dataDir, pgPort);
    await client.query(
      `insert into app.site_settings (setting_key, setting_value) values ('marker', '"kept"')`,
    );
    await client.end();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    await expect(readFile(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow(
      /ENOENT/,
    );

    const second = start(env);
    await waitForHealth(port, second.output);
    second.child.kill('SIGKILL');
    await second.exited;
    // The postmaster outlives its killed parent and still holds the data folder.
    await expect(
      readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8'),
    ).resolves.toBeTruthy();

    const third = start(env);
    await waitForHealth(port, third.output);
    const after = await superuser(dataDir, pgPort);
    const { rows } = await after.query(
      `select setting_value from app.site_settings where setting_key = 'marker'`,
    );
    await after.end();
    expect(rows).toEqual([{ setting_value: 'kept' }]);
    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);
  });

  it('refuses production without secrets, in one line', { timeout: 60_000 }, async () => {
    const run = start({ NODE_ENV: 'production', JWT_SECRET: '', ENCRYPTION_KEY: '' });
    expect(await run.exited).toBe(1);
    expect(run.output().trim()).toBe(
      'crewlog: NODE_ENV=production needs JWT_SECRET and ENCRYPTION_KEY to be set (they are generated only in development)',
    );
  });
});
