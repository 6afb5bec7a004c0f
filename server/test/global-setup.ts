import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { type EmbeddedHandle, startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { migrate, setAuthenticatorPassword } from '../src/db/migrate';
import { freePort } from '../src/deploy/child-process';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
    authenticatorPassword: string;
    databasePrefix: string;
  }
}

/**
 * One PostgreSQL for the whole run: the machine's (TEST_DATABASE_URL, a superuser
 * connection) or an embedded one started here. Migrations are applied once into a
 * template database; each test file then clones it (see test-database.ts), which takes
 * milliseconds and leaves every file a database of its own.
 */
export default async function setup(project: TestProject) {
  const prefix = `crewlog_t${process.pid}_${randomBytes(3).toString('hex')}`;
  let embedded: EmbeddedHandle | undefined;
  let tmpDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    tmpDir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-test-'));
    // mkdtemp makes a private folder; PostgreSQL runs as its own user and must enter it.
    await chmod(tmpDir, 0o755);
    embedded = await startEmbeddedPostgres({
      clusterDir: path.join(tmpDir, 'postgres'),
      port: await freePort(),
      superuserPassword: 'crewlog-test',
      database: 'postgres',
      logger: pino({ level: 'warn' }),
    });
    adminUrl = embedded.url;
  }
  const templateDatabase = `${prefix}_template`;
  const authenticatorPassword = 'crewlog-test-authenticator-password';
  await exec(adminUrl, `create database ${templateDatabase}`);
  const templateUrl = withDatabase(adminUrl, templateDatabase);
  await migrate(templateUrl);
  await setAuthenticatorPassword(templateUrl, authenticatorPassword);

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('authenticatorPassword', authenticatorPassword);
  project.provide('databasePrefix', prefix);

  return async () => {
    await dropDatabases(adminUrl, prefix).catch(() => {});
    await embedded?.stop();
    if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function exec(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function dropDatabases(adminUrl: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(
        `drop database if exists ${client.escapeIdentifier(datname)} with (force)`,
      );
    }
  } finally {
    await client.end();
  }
}
