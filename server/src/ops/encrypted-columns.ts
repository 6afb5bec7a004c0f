import type pg from 'pg';
import { OpsRefusal } from './ops-refusal';

/** How a column's values were encrypted: app.encrypt (text) or app.encrypt_bytes. */
export type CipherMode = 'text' | 'bytes';

export interface EncryptedColumn {
  name: string;
  mode: CipherMode;
}

/** One table whose encrypted columns are re-encrypted together, row by row. */
export interface EncryptedTable {
  table: string;
  primaryKey: { name: string; type: string }[];
  columns: EncryptedColumn[];
}

/**
 * Every encrypted column, found by convention: a bytea column of schema `app` whose name
 * ends in `_enc`. New tables that follow the convention are rotated without a change here.
 */
export async function findEncryptedTables(client: pg.ClientBase): Promise<EncryptedTable[]> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(
    `select c.relname as table, array_agg(a.attname::text order by a.attnum) as columns
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
      where c.relnamespace = 'app'::regnamespace and c.relkind in ('r', 'p')
        and a.attnum > 0 and not a.attisdropped
        and a.atttypid = 'bytea'::regtype and a.attname like '%\\_enc'
      group by c.relname
      order by c.relname`,
  );
  const tables: EncryptedTable[] = [];
  for (const row of rows) {
    tables.push({
      table: row.table,
      primaryKey: await primaryKeyOf(client, row.table),
      columns: row.columns.map((name) => ({ name, mode: 'text' })),
    });
  }
  return tables;
}

async function primaryKeyOf(
  client: pg.ClientBase,
  table: string,
): Promise<{ name: string; type: string }[]> {
  const { rows } = await client.query<{ name: string; type: string }>(
    `select a.attname::text as name, format_type(a.atttypid, a.atttypmod) as type
       from pg_index i
       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
      where i.indrelid = to_regclass('app.' || quote_ident($1)) and i.indisprimary
      order by array_position(i.indkey::int2[], a.attnum)`,
    [table],
  );
  if (rows.length === 0) {
    throw new Error(`table app.${table} has encrypted columns but no primary key to page by`);
  }
  return rows;
}

/**
 * Text or bytes? pgcrypto answers "Not text data" when text decryption meets bytes, so one
 * stored value tells for the whole column. The value may already be under the new key
 * when a rotation resumes, so both keys are tried.
 */
export async function detectCipherMode(
  client: pg.ClientBase,
  table: string,
  column: string,
  keys: string[],
): Promise<CipherMode> {
  const sample = await client.query<{ v: Buffer }>(
    `select ${ident(column)} as v from app.${ident(table)} where ${ident(column)} is not null limit 1`,
  );
  const value = sample.rows[0]?.v;
  if (!value) return 'text';
  for (const key of keys) {
    await client.query('savepoint detect_mode');
    try {
      await client.query('select extensions.pgp_sym_decrypt($1, $2)', [value, key]);
      await client.query('release savepoint detect_mode');
      return 'text';
    } catch (error) {
      await client.query('rollback to savepoint detect_mode');
      if (/not text data/i.test((error as Error).message)) return 'bytes';
    }
  }
  throw new OpsRefusal(
    `app.${table}.${column} cannot be decrypted with the old key nor the new one: is ENCRYPTION_KEY the key the data is encrypted with?`,
  );
}

export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
