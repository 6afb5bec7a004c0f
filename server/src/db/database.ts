import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { type EmbeddedHandle, startEmbeddedPostgres } from './embedded-postgres';
import { migrate, setAuthenticatorPassword } from './migrate';
import { createPool, urlForRole } from './pools';
import { createRequestTx, type RequestTx } from './request-tx';

export interface DatabaseOptions {
  /** Owner connection; undefined starts the embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPort: number;
  embeddedSuperuserPassword: string;
  authenticatorPassword: string;
  encryptionKey: string;
  /** Further `app.settings.*` every request carries (e.g. lock-out thresholds). */
  extraSettings?: Record<string, string>;
  logger: Logger;
}

export interface Database {
  ownerUrl: string;
  /** Pool logged in as `authenticator`; every query on it goes through `withRequestTx`. */
  pool: pg.Pool;
  withRequestTx: RequestTx;
  /** Settings every request transaction carries (`app.settings.*`). */
  settings: Record<string, string>;
  close(): Promise<void>;
}

const MINIMUM_SERVER_VERSION = 150000;

/** Starts (or connects to) PostgreSQL, migrates it and opens the authenticator pool. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const { logger } = options;
  let embedded: EmbeddedHandle | undefined;
  let ownerUrl = options.databaseUrl;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres({
      clusterDir: path.join(options.dataDir, 'postgres'),
      port: options.embeddedPort,
      superuserPassword: options.embeddedSuperuserPassword,
      database: 'crewlog',
      logger,
    });
    ownerUrl = embedded.url;
  }
  try {
    await assertServerVersion(ownerUrl);
    const { applied } = await migrate(ownerUrl);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    await setAuthenticatorPassword(ownerUrl, options.authenticatorPassword);
    const pool = createPool(urlForRole(ownerUrl, 'authenticator', options.authenticatorPassword));
    const settings = { ...options.extraSettings, encryption_key: options.encryptionKey };
    const withRequestTx = createRequestTx(pool, { settings, preRequest: 'api.pre_request' });
    return {
      ownerUrl,
      pool,
      withRequestTx,
      settings,
      async close() {
        await pool.end();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

async function assertServerVersion(ownerUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(
      `select current_setting('server_version_num') as v`,
    );
    if (Number(rows[0]?.v) < MINIMUM_SERVER_VERSION) {
      throw new Error(`PostgreSQL 15 or newer is required (this server is ${rows[0]?.v})`);
    }
  } finally {
    await client.end();
  }
}
