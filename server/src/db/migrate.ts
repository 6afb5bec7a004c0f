import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../db/migrations');

const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.sql$/;
// Any constant works; it only has to be the same for every Crewlog instance.
const ADVISORY_LOCK_KEY = 7_414_212_001;

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  const files: MigrationFile[] = [];
  for (const name of names) {
    const match = FILE_PATTERN.exec(name);
    if (!match) throw new MigrationError(`migration file name ${name} is not NNNN_snake_case.sql`);
    const version = Number(match[1]);
    if (files.some((file) => file.version === version)) {
      throw new MigrationError(`two migration files share the number ${match[1]}`);
    }
    const sql = await readFile(path.join(dir, name), 'utf8');
    files.push({ version, name, sql, checksum: sha256(sql) });
  }
  return files;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface MigrateResult {
  applied: string[];
}

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock so that
 * instances starting together take turns. Refuses to go on if a file that was already
 * applied has changed or disappeared: migrations are forward-only.
 */
export async function migrate(ownerUrl: string, dir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const files = await readMigrations(dir);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    await client.query(`
      create schema if not exists crewlog_migrations;
      create table if not exists crewlog_migrations.applied (
        version integer primary key,
        name text not null,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`);
    const done = await client.query<{ version: number; name: string; checksum: string }>(
      'select version, name, checksum from crewlog_migrations.applied order by version',
    );
    verifyApplied(done.rows, files);
    const appliedVersions = new Set(done.rows.map((row) => row.version));
    const applied: string[] = [];
    for (const file of files.filter((f) => !appliedVersions.has(f.version))) {
      await applyOne(client, file);
      applied.push(file.name);
    }
    if (applied.length > 0) await client.query(`notify pgrst, 'reload schema'`);
    return { applied };
  } finally {
    await client.query('select pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

function verifyApplied(
  rows: { version: number; name: string; checksum: string }[],
  files: MigrationFile[],
): void {
  for (const row of rows) {
    const file = files.find((f) => f.version === row.version);
    if (!file) {
      throw new MigrationError(`migration ${row.name} was applied but its file is missing`);
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `migration ${file.name} was edited after it was applied (checksum differs); add a new migration instead`,
      );
    }
  }
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  await client.query('begin');
  try {
    await client.query(file.sql);
    await client.query(
      'insert into crewlog_migrations.applied (version, name, checksum) values ($1, $2, $3)',
      [file.version, file.name, file.checksum],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`migration ${file.name} failed: ${reason}`);
  }
}

/**
 * The server logs in as `authenticator`; its password is configuration, not schema, so it
 * is set after migrating rather than written into a migration file.
 */
export async function setAuthenticatorPassword(ownerUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(
      `alter role authenticator with login password ${client.escapeLiteral(password)}`,
    );
  } finally {
    await client.end();
  }
}
