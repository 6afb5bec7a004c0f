import type pg from 'pg';

/**
 * Every row of every table in `schemas`, as PostgreSQL prints it (bytea as hex), sorted:
 * two databases hold the same data exactly when their snapshots are equal.
 */
export async function tableSnapshot(
  client: pg.Pool | pg.ClientBase,
  schemas: string[],
): Promise<Record<string, string[]>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = any ($1) and c.relkind in ('r', 'p')
      order by 1`,
    [schemas],
  );
  const snapshot: Record<string, string[]> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ r: string }>(
      `select t::text as r from ${name} t order by 1`,
    );
    snapshot[name] = rows.map((row) => row.r);
  }
  return snapshot;
}
