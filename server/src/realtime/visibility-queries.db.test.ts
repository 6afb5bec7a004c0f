import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { VISIBILITY_QUERIES } from './visibility-queries';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe('visibility queries', () => {
  it('cover every table that announces inserts or updates on crewlog_events', async () => {
    // The first trigger argument of app.notify_change is the hint's table name.
    const { rows } = await db.owner.query<{ name: string }>(
      `select distinct split_part(encode(t.tgargs, 'escape'), '\\000', 1) as name
         from pg_trigger t join pg_proc p on p.oid = t.tgfoid
        where p.proname = 'notify_change' and (t.tgtype & (4 | 16)) <> 0
        order by 1`,
    );
    expect(rows.map((row) => row.name)).toEqual(Object.keys(VISIBILITY_QUERIES).sort());
  });

  it('run under the API role', async () => {
    for (const [table, sql] of Object.entries(VISIBILITY_QUERIES)) {
      const ids = {
        user_sessions: [],
        site_settings: ['x'],
        import_progress: ['00000000-0000-4000-8000-000000000000'],
      }[table] ?? ['1'];
      await expect(
        db.withRequestTx({ role: 'authenticated', claims: {} }, (c) => c.query(sql, [ids])),
        table,
      ).resolves.toBeTruthy();
    }
  });
});
