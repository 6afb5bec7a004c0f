import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database';

// Structural promises of the schema, checked against the catalogs rather than by eye.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

describe('schema app', () => {
  it('has row-level security enabled and forced on every table', async () => {
    const { rows } = await db.owner.query(`select relname from pg_class
      where relnamespace = 'app'::regnamespace and relkind = 'r' and not (relrowsecurity and relforcerowsecurity)`);
    expect(rows).toEqual([]);
  });

  it('indexes every foreign key', async () => {
    const { rows } = await db.owner.query(`
      select c.conrelid::regclass::text as table_name, c.conname
        from pg_constraint c
       where c.contype = 'f' and c.connamespace = 'app'::regnamespace
         and not exists (
           select from pg_index i
            where i.indrelid = c.conrelid
              and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey)`);
    expect(rows).toEqual([]);
  });

  it('stores names, emails, job names, descriptions and messages only as ciphertext', async () => {
    const { rows } =
      await db.owner.query(`select table_name || '.' || column_name as col, data_type from information_schema.columns
      where table_schema = 'app' and column_name like '%\\_enc' order by 1`);
    expect(rows.map((r) => r.col)).toEqual([
      'alerts.message_enc',
      'buildings.description_enc',
      'devices.description_enc',
      'import_batches.proposal_enc',
      'import_uploads.content_enc',
      'notifications.message_enc',
      'ticket_entries.job_description_enc',
      'ticket_entries.job_name_enc',
      'ticket_misc_entries.misc_name_enc',
      'users.email_enc',
      'users.name_enc',
    ]);
    expect(new Set(rows.map((r) => r.data_type))).toEqual(new Set(['bytea']));
  });

  it('has the indexes the requirements name', async () => {
    const { rows } =
      await db.owner.query(`select indexname, indexdef from pg_indexes where schemaname = 'app'
      and indexname in ('idx_user_sessions_user_id', 'idx_alerts_unresolved')`);
    expect(rows.map((r) => r.indexname).sort()).toEqual([
      'idx_alerts_unresolved',
      'idx_user_sessions_user_id',
    ]);
    expect(rows.find((r) => r.indexname === 'idx_alerts_unresolved')?.indexdef).toMatch(
      /WHERE \(resolved_at IS NULL\)/,
    );
  });

  it('gives the requirements’ defaults', async () => {
    const { rows } =
      await db.owner.query(`select table_name || '.' || column_name as col, column_default from information_schema.columns
      where table_schema = 'app' and column_name in ('user_preferred_light_or_dark_mode_mobile', 'user_preferred_light_or_dark_mode_desktop',
        'user_preferred_timezone', 'job_changed_flag', 'is_active', 'user_is_email_verified') order by 1`);
    expect(Object.fromEntries(rows.map((r) => [r.col, r.column_default]))).toEqual({
      'ticket_entries.job_changed_flag': 'false',
      'user_sessions.is_active': 'false',
      'users.user_is_email_verified': 'false',
      'users.user_preferred_light_or_dark_mode_desktop': "'light'::text",
      'users.user_preferred_light_or_dark_mode_mobile': "'dark'::text",
      'users.user_preferred_timezone': "'America/Los_Angeles'::text",
    });
  });
});

describe('schema api', () => {
  it('exposes the requirements’ names, every view security_invoker but the team aggregate', async () => {
    const { rows } =
      await db.owner.query(`select c.relname, coalesce(c.reloptions::text[] @> array['security_invoker=true'], false) as invoker
      from pg_class c where c.relnamespace = 'api'::regnamespace and c.relkind = 'v' order by 1`);
    const names = rows.map((r) => r.relname);
    for (const name of [
      'tickets',
      'ticket_entries',
      'ticket_misc_entries',
      'buildings',
      'devices',
      'users',
      'groups',
      'user_groups',
      'notifications',
      'alerts',
      'history',
      'import_export_logs',
      'user_sessions',
    ]) {
      expect(names).toContain(name);
    }
    expect(rows.filter((r) => !r.invoker).map((r) => r.relname)).toEqual(['team_activity']);
  });

  it('never grants the API roles anything on history but reading', async () => {
    const { rows } =
      await db.owner.query(`select grantee, privilege_type from information_schema.role_table_grants
      where table_name = 'history' and grantee in ('anon', 'authenticated') order by 1, 2`);
    expect(rows).toEqual([
      { grantee: 'authenticated', privilege_type: 'SELECT' },
      { grantee: 'authenticated', privilege_type: 'SELECT' },
    ]);
  });
});

describe('secrets of users', () => {
  it('are not selectable by the API roles, column by column', async () => {
    const { rows } =
      await db.owner.query(`select column_name from information_schema.column_privileges
      where table_schema = 'app' and table_name = 'users' and grantee in ('anon', 'authenticated')
        and privilege_type = 'SELECT' and column_name in ('password_hash', 'email_hash', 'oauth_id')`);
    expect(rows).toEqual([]);
  });
});
