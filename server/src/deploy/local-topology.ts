import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type Child, canConnect, freePort, startChild, waitUntil } from './child-process';
import { crewlogEnv, postgrestEnv, type SharedSecrets } from './crewlog-env';
import type { NginxSite } from './nginx-config';
import { standaloneConf } from './sites';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = path.join(ROOT, 'bin/crewlog.mjs');
export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_NGINX = '/usr/sbin/nginx';

export interface TopologyOptions {
  /** Superuser connection to a PostgreSQL 15+ server; a scratch database is made there. */
  adminUrl: string;
  redisUrl: string;
  nginx: string;
  /** The cluster-wide `authenticator` password (must match anything else on that server). */
  authenticatorPassword?: string;
}

/**
 * The Docker deployment's topology on loopback, for tests and load runs: nginx with TLS in
 * front; two Crewlog instances, each a server (web, auth, realtime; API_ENGINE=off) beside
 * a PostgREST-compatible data API (`crewlog api`, configured as the PostgREST container
 * is); one `crewlog worker`; one scratch database and the given Redis.
 *
 * nginx listens on three HTTPS ports: `url` balances over both instances with failover;
 * `instanceUrls[0]` and `[1]` are pinned to instance A and B, so a test can write through
 * one and listen through the other.
 */
export interface Topology {
  url: string;
  instanceUrls: [string, string];
  /** Plain HTTP, which only redirects to `url`. */
  httpUrl: string;
  /** The self-signed certificate clients must trust. */
  ca: Buffer;
  secrets: SharedSecrets;
  /** Runs `crewlog <args>` against the topology's database (e.g. `user create …`). */
  cli(args: string[]): Promise<string>;
  /** Kills instance A or B (server and data API) at once, as a crash would. */
  kill(instance: 0 | 1): Promise<void>;
  stop(): Promise<void>;
}

/** What is missing for a topology on this machine, or undefined when all is there. */
export async function missingPrerequisites(options: TopologyOptions): Promise<string | undefined> {
  if (!existsSync(options.nginx)) return `nginx not found at ${options.nginx}`;
  const redis = new URL(options.redisUrl);
  if (!(await canConnect(redis.hostname, Number(redis.port || 6379)))) {
    return `no Redis at ${redis.host}`;
  }
  const client = new pg.Client({
    connectionString: options.adminUrl,
    connectionTimeoutMillis: 2_000,
  });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    return `no PostgreSQL at ${new URL(options.adminUrl).host}: ${(error as Error).message}`;
  }
  return undefined;
}

export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-topology-'));
  await chmod(dir, 0o755);
  const children: Child[] = [];
  const database = await createDatabase(options.adminUrl);
  const stop = async () => {
    await Promise.all(children.map((child) => child.kill()));
    await database.drop().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const secrets: SharedSecrets = {
      databaseUrl: database.url,
      jwtSecret: randomBytes(32).toString('hex'),
      encryptionKey: randomBytes(32).toString('hex'),
      authenticatorPassword: options.authenticatorPassword ?? randomBytes(16).toString('hex'),
      redisUrl: options.redisUrl,
    };
    const ports = {
      app: [await freePort(), await freePort()],
      api: [await freePort(), await freePort()],
      https: [await freePort(), await freePort(), await freePort()],
      http: await freePort(),
    };
    const url = `https://127.0.0.1:${ports.https[0]}`;
    const start = (name: string, args: string[], env: Record<string, string>) => {
      const child = startChild(name, process.execPath, [CLI, ...args], {
        env,
        cwd: dir,
        logFile: path.join(dir, `${name}.log`),
      });
      children.push(child);
      return child;
    };
    const startServer = async (i: 0 | 1) => {
      const name = `server-${'ab'[i]}`;
      const env = crewlogEnv(secrets, {
        port: ports.app[i] as number,
        publicUrl: url,
        dataDir: path.join(dir, name),
      });
      const child = start(name, ['start'], env);
      await waitUntil(child, 'health', () => isOk(`http://127.0.0.1:${ports.app[i]}/healthz`));
    };
    const startApi = async (i: 0 | 1) => {
      const env = postgrestEnv(secrets, { host: '127.0.0.1', port: ports.api[i] as number });
      const child = start(`api-${'ab'[i]}`, ['api'], env);
      await waitUntil(child, 'an answer', () => isOk(`http://127.0.0.1:${ports.api[i]}/`));
    };
    const startWorker = async () => {
      const env = { ...crewlogEnv(secrets, { port: 0, publicUrl: url, dataDir: dir }) };
      env.LOG_LEVEL = 'info';
      const child = start('worker', ['worker'], env);
      await waitUntil(child, '"worker running"', async () =>
        child.tail(50).includes('worker running'),
      );
    };
    // The first server migrates the database and sets the authenticator's password;
    // everything else needs both, so it starts next, side by side.
    await startServer(0);
    await Promise.all([startServer(1), startApi(0), startApi(1), startWorker()]);

    const certs = path.join(dir, 'certs');
    makeCertificate(certs);
    const site = localSite(ports, certs);
    const conf = path.join(dir, 'nginx.conf');
    await mkdir(path.join(dir, 'nginx'));
    await writeFile(
      conf,
      standaloneConf({ prefix: path.join(dir, 'nginx'), site, asRoot: process.getuid?.() === 0 }),
    );
    const nginx = startChild('nginx', options.nginx, ['-p', path.join(dir, 'nginx'), '-c', conf], {
      env: {},
      cwd: dir,
      logFile: path.join(dir, 'nginx.log'),
    });
    children.push(nginx);
    await waitUntil(nginx, 'a listening port', () =>
      canConnect('127.0.0.1', ports.https[0] as number),
    );

    return {
      url,
      instanceUrls: [`https://127.0.0.1:${ports.https[1]}`, `https://127.0.0.1:${ports.https[2]}`],
      httpUrl: `http://127.0.0.1:${ports.http}`,
      ca: await readFile(path.join(certs, 'fullchain.pem')),
      secrets,
      cli: (args) => runCli(args, crewlogEnv(secrets, { port: 0, publicUrl: url, dataDir: dir })),
      async kill(instance) {
        const names = [`server-${'ab'[instance]}`, `api-${'ab'[instance]}`];
        await Promise.all(
          children.filter((c) => names.includes(c.name)).map((c) => c.kill('SIGKILL')),
        );
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function localSite(
  ports: { app: number[]; api: number[]; https: number[]; http: number },
  certs: string,
): NginxSite {
  const at = (port: number | undefined) => `127.0.0.1:${port}`;
  const pinned = (i: 0 | 1) => ({
    listen: at(ports.https[i + 1]),
    app: `crewlog_${'ab'[i]}`,
    api: `data_api_${'ab'[i]}`,
    apiServesRoot: true,
  });
  return {
    upstreams: [
      { name: 'crewlog', servers: ports.app.map(at) },
      { name: 'data_api', servers: ports.api.map(at) },
      { name: 'crewlog_a', servers: [at(ports.app[0])] },
      { name: 'crewlog_b', servers: [at(ports.app[1])] },
      { name: 'data_api_a', servers: [at(ports.api[0])] },
      { name: 'data_api_b', servers: [at(ports.api[1])] },
    ],
    http: { listen: at(ports.http), redirectPort: ports.https[0] as number },
    https: [
      { listen: at(ports.https[0]), app: 'crewlog', api: 'data_api', apiServesRoot: true },
      pinned(0),
      pinned(1),
    ],
    certificate: path.join(certs, 'fullchain.pem'),
    certificateKey: path.join(certs, 'privkey.pem'),
    webRoot: path.join(ROOT, 'web/dist'),
  };
}

function makeCertificate(folder: string): void {
  const script = path.join(ROOT, 'deploy/make-self-signed-cert.sh');
  const result = spawnSync('bash', [script, folder, 'localhost', '127.0.0.1'], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`certificate: ${result.stderr || result.stdout}`);
}

async function createDatabase(adminUrl: string) {
  const name = `crewlog_topology_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

function isOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

async function runCli(args: string[], env: Record<string, string>): Promise<string> {
  const child = startChild('cli', process.execPath, [CLI, ...args], {
    env,
    cwd: os.tmpdir(),
    logFile: path.join(os.tmpdir(), `crewlog-cli-${process.pid}-${Date.now()}.log`),
  });
  const code = await child.exited;
  const output = child.tail(50);
  await rm(child.logFile, { force: true });
  if (code !== 0) throw new Error(`crewlog ${args[0]} failed:\n${output}`);
  return output;
}
