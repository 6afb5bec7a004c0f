import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFixtureDatabase, type TestDatabase } from '../../test/test-database';
import { MigrationError, migrate, readMigrations } from './migrate';

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.drop();
  db = undefined;
});

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-migrations-'));
  for (const [name, sql] of Object.entries(files)) await writeFile(path.join(dir, name), sql);
  return dir;
}

async function tableCount(name: string): Promise<number> {
  if (!db) throw new Error('no database');
  const { rows } = await db.owner.query(
    'select count(*)::int as n from pg_tables where tablename = $1',
    [name],
  );
  return rows[0].n;
}
describe('migrate', () => {
  it('applies pending files in order, each once', async () => {
    db = await createFixtureDatabase([]);
    const dir = await migrationsDir({
      '0001_first.sql': 'create table first_table (id int);',
      '0002_second.sql': 'insert into first_table values (1);',
    });
    expect(await migrate(db.ownerUrl, dir)).toEqual({
      applied: ['0001_first.sql', '0002_second.sql'],
    });
    expect(await migrate(db.ownerUrl, dir)).toEqual({ applied: [] });
    expect((await db.owner.query('select count(*)::int as n from first_table')).rows[0].n).toBe(1);
  });

  it('refuses to start, naming the file, when an applied migration was edited', async () => {
    db = await createFixtureDatabase([]);
    const dir = await migrationsDir({ '0001_first.sql': 'create table first_table (id int);' });
    await migrate(db.ownerUrl, dir);
    await writeFile(path.join(dir, '0001_first.sql'), 'create table first_table (id bigint);');
    await expect(migrate(db.ownerUrl, dir)).rejects.toThrowError(
      new MigrationError(
        'migration 0001_first.sql was edited after it was applied (checksum differs); add a new migration instead',
      ),
    );
  });

  it('refuses when an applied file is missing', async () => {
    db = await createFixtureDatabase([]);
    await migrate(db.ownerUrl, await migrationsDir({ '0001_first.sql': 'select 1;' }));
    await expect(migrate(db.ownerUrl, await migrationsDir({}))).rejects.toThrow(
      /0001_first.sql was applied but its file is missing/,
    );
  });

  it('rolls a failing migration back whole and names it', async () => {
    db = await createFixtureDatabase([]);
    const dir = await migrationsDir({
      '0001_broken.sql': 'create table half_done (id int); select * from no_such_table;',
    });
    await expect(migrate(db.ownerUrl, dir)).rejects.toThrow(
      /migration 0001_broken.sql failed: relation "no_such_table" does not exist/,
    );
    expect(await tableCount('half_done')).toBe(0);
  });

  it('lets instances starting together take turns', async () => {
    db = await createFixtureDatabase([]);
    const dir = await migrationsDir({
      '0001_slow.sql': 'select pg_sleep(0.3); create table once_only (id int);',
      '0002_more.sql': 'create table also_once (id int);',
    });
    const results = await Promise.all([
      migrate(db.ownerUrl, dir),
      migrate(db.ownerUrl, dir),
      migrate(db.ownerUrl, dir),
    ]);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 0, 2]);
    expect(await tableCount('once_only')).toBe(1);
  });

  it('accepts only numbered snake_case file names, each number once', async () => {
    await expect(readMigrations(await migrationsDir({ 'first.sql': '' }))).rejects.toThrow(
      /not NNNN_snake_case.sql/,
    );
    await expect(
      readMigrations(await migrationsDir({ '0001_a.sql': '', '0001_b.sql': '' })),
    ).rejects.toThrow(/share the number 0001/);
  });
});
