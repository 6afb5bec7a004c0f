// Starts a real Crewlog server for the browser tests: its own port, its own data folder and
// embedded PostgreSQL (or a fresh database on TEST_DATABASE_URL's server), and keeps its log
// so tests can read the stub mailer's messages.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function createScratchDatabase(adminUrl) {
  const name = `crewlog_e2e_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export async function startCrewlog({
  root,
  verbose = false,
  command = ['bin/crewlog.mjs', 'start'],
}) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crewlog-e2e-'));
  // When run as root, the embedded PostgreSQL drops to its own user, which must enter here.
  chmodSync(dataDir, 0o755);
  const baseUrl = `http://127.0.0.1:${port}`;
  const scratch = process.env.TEST_DATABASE_URL
    ? await createScratchDatabase(process.env.TEST_DATABASE_URL)
    : null;
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    CREWLOG_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'info',
  };
  delete env.DATABASE_URL;
  if (scratch) env.DATABASE_URL = scratch.url;

  // A sample team with buildings and devices to log work against.
  const seed = spawnSync(process.execPath, ['bin/crewlog.mjs', 'seed-demo'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (seed.status !== 0) {
    throw new Error(`seeding the demo data failed:\n${seed.stdout}\n${seed.stderr}`);
  }

  const child = spawn(process.execPath, command, {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines = [];
  const mails = [];
  const waiters = new Set();
  let buffer = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      logLines.push(line);
      if (verbose) process.stdout.write(`  [server] ${line}\n`);
      try {
        const entry = JSON.parse(line);
        if (entry.mail) {
          mails.push(entry.mail);
          for (const waiter of waiters) waiter();
        }
      } catch {
        // Not JSON (a pretty-printed log): ignored.
      }
      newline = buffer.indexOf('\n');
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => logLines.push(chunk));

  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the server stopped during start-up:\n${logLines.slice(-40).join('\n')}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('the server did not become healthy in 120 s');
    await new Promise((r) => setTimeout(r, 500));
  }

  return {
    baseUrl,
    logLines,
    /** The newest mail to `to` whose text matches `pattern`, waiting up to 15 s for it. */
    async waitForMail(to, pattern) {
      const find = () => [...mails].reverse().find((m) => m.to === to && pattern.test(m.text));
      const end = Date.now() + 15_000;
      while (Date.now() < end) {
        const found = find();
        if (found) return found;
        await new Promise((resolve) => {
          waiters.add(resolve);
          setTimeout(resolve, 250);
        });
      }
      throw new Error(`no mail to ${to} matching ${pattern} in the server log`);
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
      if (scratch) await scratch.drop();
    },
  };
}
