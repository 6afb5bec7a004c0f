import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import type { RuntimeSecrets } from '../config/runtime-secrets';
import { startEmbeddedPostgres } from '../db/embedded-postgres';

export interface OwnerConnection {
  ownerUrl: string;
  /** Stops the embedded PostgreSQL if this process started it; otherwise nothing. */
  close(): Promise<void>;
}

/**
 * The owner connection of the configured database, without migrating it: a backup must
 * not change what it copies, and a restore needs the database as it is. With the embedded
 * PostgreSQL, a running server's instance is used as it is; only when none answers is one
 * started here (starting a second one would stop the server's).
 */
export async function openOwnerConnection(
  config: Config,
  secrets: RuntimeSecrets,
  logger: Logger,
): Promise<OwnerConnection> {
  if (config.databaseUrl) return { ownerUrl: config.databaseUrl, close: async () => {} };
  const password = encodeURIComponent(secrets.embeddedSuperuserPassword);
  const url = `postgres://postgres:${password}@127.0.0.1:${config.embeddedPgPort}/crewlog`;
  if (await answers(url)) return { ownerUrl: url, close: async () => {} };
  const embedded = await startEmbeddedPostgres({
    clusterDir: path.join(config.dataDir, 'postgres'),
    port: config.embeddedPgPort,
    superuserPassword: secrets.embeddedSuperuserPassword,
    database: 'crewlog',
    logger,
  });
  return { ownerUrl: embedded.url, close: () => embedded.stop() };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The server's major version (15 for 15.8), which picks the matching client programs. */
export async function serverMajorVersion(ownerUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(
      `select current_setting('server_version_num') as v`,
    );
    return Math.floor(Number(rows[0]?.v) / 10_000);
  } finally {
    await client.end();
  }
}

/**
 * libpq arguments for a connection string, with the password moved to PGPASSWORD so it
 * never shows in the process list.
 */
export function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}
