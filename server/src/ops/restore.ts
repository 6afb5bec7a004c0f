import { execFile } from 'node:child_process';
import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import { stderrOf } from './backup';
import { OpsRefusal } from './ops-refusal';
import { libpqConnection, serverMajorVersion } from './owner-connection';
import { findPgTool } from './pg-tools';

const run = promisify(execFile);

// Schemas every PostgreSQL database has; anything else means the database is in use.
const BUILT_IN_SCHEMAS = `('pg_catalog', 'information_schema', 'public', 'pg_toast')`;

export interface RestoreOptions {
  /** Replace whatever the database holds. Without it a non-empty database is refused. */
  force?: boolean;
}

/**
 * Restores a `crewlog backup` archive into the database of `ownerUrl`, in one
 * transaction: either everything is restored or nothing changes.
 */
export async function restoreDatabase(
  ownerUrl: string,
  file: string,
  options: RestoreOptions = {},
  env = process.env,
): Promise<void> {
  await assertCustomArchive(file);
  const pgRestore = await findPgTool('pg_restore', await serverMajorVersion(ownerUrl), env);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const contents = await databaseContents(client);
    if (contents.length > 0 && !options.force) {
      throw new OpsRefusal(
        `database "${client.database}" is not empty (it holds ${contents.join(', ')}); restore into an empty database, or pass --force to replace everything in it`,
      );
    }
    if (contents.length > 0) {
      await refuseWhileServersConnected(client);
      await emptyDatabase(client);
    }
    await ensureApiRoles(client);
  } finally {
    await client.end();
  }
  const { dbname, env: childEnv } = libpqConnection(ownerUrl);
  try {
    // --no-owner: the restoring role owns everything, whatever the source cluster's owner
    // was called; grants to the API roles are kept.
    await run(
      pgRestore,
      ['--no-owner', '--single-transaction', '--exit-on-error', `--dbname=${dbname}`, file],
      { env: childEnv, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    throw new Error(`pg_restore failed, nothing was restored: ${stderrOf(error)}`);
  }
}

async function assertCustomArchive(file: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new OpsRefusal(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  try {
    const magic = Buffer.alloc(5);
    await handle.read(magic, 0, 5, 0);
    if (magic.toString('latin1') !== 'PGDMP') {
      throw new OpsRefusal(
        `${file} is not a backup made by crewlog backup (pg_dump custom format)`,
      );
    }
  } finally {
    await handle.close();
  }
}

/** Names of what the database holds besides the built-in schemas: schemas, public tables. */
export async function databaseContents(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select 'schema ' || nspname as name from pg_namespace
      where nspname not in ${BUILT_IN_SCHEMAS} and nspname not like 'pg\\_%'
     union all
     select 'table public.' || relname from pg_class
      where relnamespace = 'public'::regnamespace and relkind in ('r', 'v', 'm', 'p', 'S')
     order by 1`,
  );
  return rows.map((row) => row.name);
}

async function refuseWhileServersConnected(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
      where datname = current_database() and usename = 'authenticator'`,
  );
  if ((rows[0]?.n ?? 0) > 0) {
    throw new OpsRefusal(
      'Crewlog servers are connected to this database; stop every server and worker before replacing it',
    );
  }
}

async function emptyDatabase(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ nspname: string }>(
    `select nspname from pg_namespace
      where nspname not in ${BUILT_IN_SCHEMAS} and nspname not like 'pg\\_%'`,
  );
  await client.query('begin');
  for (const { nspname } of rows) {
    await client.query(`drop schema ${client.escapeIdentifier(nspname)} cascade`);
  }
  const tables = await client.query<{ name: string }>(
    `select format('%I', relname) as name from pg_class
      where relnamespace = 'public'::regnamespace and relkind in ('r', 'p', 'v', 'm', 'S')`,
  );
  for (const { name } of tables.rows) {
    await client.query(`drop ${await relationKind(client, name)} if exists public.${name} cascade`);
  }
  await client.query('commit');
}

async function relationKind(client: pg.Client, name: string): Promise<string> {
  const { rows } = await client.query<{ relkind: string }>(
    `select relkind from pg_class where oid = to_regclass('public.' || $1)`,
    [name],
  );
  const kind = rows[0]?.relkind;
  if (kind === 'v') return 'view';
  if (kind === 'm') return 'materialized view';
  if (kind === 'S') return 'sequence';
  return 'table';
}

/**
 * The API roles are cluster-wide, so a backup of one database does not carry them. A new
 * cluster needs them before the archive's grants can be restored; the first migration
 * creates them the same way.
 */
async function ensureApiRoles(client: pg.Client): Promise<void> {
  await client.query(`
    do $$
    begin
      if not exists (select from pg_roles where rolname = 'anon') then
        create role anon nologin noinherit;
      end if;
      if not exists (select from pg_roles where rolname = 'authenticated') then
        create role authenticated nologin noinherit;
      end if;
      if not exists (select from pg_roles where rolname = 'authenticator') then
        create role authenticator login noinherit;
      end if;
    end
    $$;
    grant anon, authenticated to authenticator;`);
}
