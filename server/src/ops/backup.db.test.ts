import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFixtureDatabase,
  createTestDatabase,
  TEST_ENCRYPTION_KEY,
  type TestDatabase,
} from '../../test/test-database';
import { seedDemo } from '../demo/seed-demo';
import { withOwnerTx } from '../users/create-user';
import { backupDatabase } from './backup';
import { OpsRefusal } from './ops-refusal';
import { restoreDatabase } from './restore';
import { tableSnapshot } from './table-snapshot';

const SCHEMAS = ['app', 'ops', 'crewlog_migrations'];
let source: TestDatabase;
let target: TestDatabase;
let dir: string;
let archive: string;

beforeAll(async () => {
  source = await createTestDatabase();
  await seedDemo(source.owner, source.withRequestTx, TEST_ENCRYPTION_KEY);
  target = await createFixtureDatabase([]);
  dir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-backup-'));
  archive = path.join(dir, 'crewlog.dump');
}, 120_000);
afterAll(async () => {
  await Promise.all([source?.drop(), target?.drop()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('writes a custom-format archive readable by its owner only', async () => {
    const result = await backupDatabase(source.ownerUrl, archive);
    expect(result.bytes).toBeGreaterThan(10_000);
    expect((await stat(archive)).mode & 0o777).toBe(0o600);
    await expect(backupDatabase(source.ownerUrl, archive)).rejects.toThrow(/exists already/);
  });

  it('restores into an empty database every row of every table, ciphertext included', async () => {
    await restoreDatabase(target.ownerUrl, archive);
    const before = await tableSnapshot(source.owner, SCHEMAS);
    const after = await tableSnapshot(target.owner, SCHEMAS);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(before['app.users']).toHaveLength(8);
    expect(before['app.ticket_entries']?.length).toBeGreaterThan(100);
  });

  it('leaves the restored data readable with the key, and through the API roles', async () => {
    const names = await withOwnerTx(target.owner, TEST_ENCRYPTION_KEY, async (client) => {
      const { rows } = await client.query(
        `select app.decrypt(name_enc) as name from app.users order by user_id`,
      );
      return rows.map((row) => row.name);
    });
    expect(names).toContain('Ada Admin');
    const { rows } = await target.withRequestTx({ role: 'anon', claims: {} }, (client) =>
      client.query(
        `select has_table_privilege('authenticated', 'api.ticket_entries', 'select') as ok`,
      ),
    );
    expect(rows[0].ok).toBe(true);
  });

  it('refuses a database that is not empty, unless forced', async () => {
    const refusal = restoreDatabase(target.ownerUrl, archive);
    await expect(refusal).rejects.toBeInstanceOf(OpsRefusal);
    await expect(refusal).rejects.toThrow(
      /is not empty \(it holds schema api, schema app.*pass --force/,
    );
    await target.owner.query(`update app.buildings set building_address = 'changed'`);
    // The request pool above is still connected, as a running server's would be.
    await expect(restoreDatabase(target.ownerUrl, archive, { force: true })).rejects.toThrow(
      /servers are connected to this database; stop every server/,
    );
    await target.pool.end();
    await restoreDatabase(target.ownerUrl, archive, { force: true });
    expect(await tableSnapshot(target.owner, SCHEMAS)).toEqual(
      await tableSnapshot(source.owner, SCHEMAS),
    );
  });

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const bogus = path.join(dir, 'not-a-dump.sql');
    await writeFile(bogus, 'drop schema app cascade;');
    await expect(restoreDatabase(target.ownerUrl, bogus, { force: true })).rejects.toThrow(
      /is not a backup made by crewlog backup/,
    );
    await expect(restoreDatabase(target.ownerUrl, path.join(dir, 'missing'))).rejects.toThrow(
      /cannot read .*ENOENT/,
    );
    const { rows } = await target.owner.query('select count(*)::int as n from app.users');
    expect(rows[0].n).toBe(8);
  });
});
