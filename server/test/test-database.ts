import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { createPool, urlForRole } from '../src/db/pools';
import { createRequestTx, type RequestTx } from '../src/db/request-tx';
import { withDatabase } from './global-setup';

export const TEST_ENCRYPTION_KEY = 'test-encryption-key-0123456789abcdef';

export interface TestDatabase {
  name: string;
  /** Superuser connection: for fixtures and for looking behind RLS in assertions. */
  ownerUrl: string;
  owner: pg.Pool;
  /** Pool logged in as `authenticator`, as the server's. */
  pool: pg.Pool;
  withRequestTx: RequestTx;
  settings: Record<string, string>;
  drop(): Promise<void>;
}

async function createDatabase(
  template: string | undefined,
): Promise<{ name: string; ownerUrl: string }> {
  const adminUrl = inject('adminUrl');
  const name = `${inject('databasePrefix')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const from = template ? ` template ${admin.escapeIdentifier(template)}` : '';
    await admin.query(`create database ${admin.escapeIdentifier(name)}${from}`);
  } finally {
    await admin.end();
  }
  return { name, ownerUrl: withDatabase(adminUrl, name) };
}

function open(name: string, ownerUrl: string, preRequest: string | undefined): TestDatabase {
  const owner = createPool(ownerUrl, 4);
  const pool = createPool(
    urlForRole(ownerUrl, 'authenticator', inject('authenticatorPassword')),
    8,
  );
  const settings = { encryption_key: TEST_ENCRYPTION_KEY };
  return {
    name,
    ownerUrl,
    owner,
    pool,
    settings,
    withRequestTx: createRequestTx(pool, { settings, preRequest }),
    async drop() {
      await Promise.all([owner, pool].filter((p) => !p.ended).map((p) => p.end()));
      const admin = new pg.Client({ connectionString: inject('adminUrl') });
      await admin.connect();
      try {
        await admin.query(`drop database if exists ${admin.escapeIdentifier(name)} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** A fresh, fully migrated Crewlog database of this test file's own. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { name, ownerUrl } = await createDatabase(inject('templateDatabase'));
  return open(name, ownerUrl, 'api.pre_request');
}

/**
 * An empty database loaded from plain SQL fixture files (for tests of parts that must work
 * on any schema, such as the data API engine). Roles `anon`, `authenticated` and
 * `authenticator` exist already: they are cluster-wide and the template run created them.
 */
export async function createFixtureDatabase(
  sqlFiles: string[],
  preRequest?: string,
): Promise<TestDatabase> {
  const { name, ownerUrl } = await createDatabase(undefined);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const file of sqlFiles) await client.query(await readFile(file, 'utf8'));
  } finally {
    await client.end();
  }
  return open(name, ownerUrl, preRequest);
}
