import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database';
import { ACTORS, type Actor, createTeam, createWork, roleOf, type Team } from './team';

// DESIGN.md §4, cell by cell, through the API roles exactly as the data API runs requests.

let db: TestDatabase;
let team: Team;
let work: Awaited<ReturnType<typeof createWork>>;

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  work = await createWork(team);
});
afterAll(async () => {
  await db?.drop();
});

const mayReadOthersWork = (actor: Actor) => roleOf(actor) !== 'field';
function mayModerate(actor: Actor, owner: Actor): boolean {
  if (actor === owner) return true;
  if (roleOf(actor) === 'admin') return roleOf(owner) !== 'admin';
  if (roleOf(actor) === 'manager') return roleOf(owner) === 'field';
  return false;
}

const kinds = [
  {
    view: 'ticket_entries',
    key: 'entry_id',
    id: (o: Actor) => work.work[o].entryId,
    edit: `job_name = 'edited'`,
    readAll: false,
  },
  {
    view: 'ticket_misc_entries',
    key: 'entry_id',
    id: (o: Actor) => work.work[o].taskId,
    edit: `misc_name = 'edited'`,
    readAll: false,
  },
  {
    view: 'tickets',
    key: 'ticket_id',
    id: (o: Actor) => work.work[o].ticketId,
    edit: `status = 'closed'`,
    readAll: true,
  },
] as const;

describe.each(kinds)('$view', (kind) => {
  const cells = ACTORS.flatMap((actor) => ACTORS.map((owner) => ({ actor, owner })));

  it.each(cells)('$actor reading $owner’s row', async ({ actor, owner }) => {
    const { rows, error } = await team.attempt(
      actor,
      `select ${kind.key} from api.${kind.view} where ${kind.key} = $1`,
      [kind.id(owner)],
    );
    expect(error).toBeUndefined();
    const visible = actor === owner || kind.readAll || mayReadOthersWork(actor);
    expect(rows.length).toBe(visible ? 1 : 0);
  });

  it.each(cells)('$actor editing $owner’s row', async ({ actor, owner }) => {
    const { rows, error } = await team.attempt(
      actor,
      `update api.${kind.view} set ${kind.edit} where ${kind.key} = $1 returning ${kind.key}`,
      [kind.id(owner)],
    );
    if (actor === owner) {
      expect(error).toBeUndefined();
      expect(rows).toHaveLength(1);
    } else {
      // Either invisible (nothing updated) or refused outright: never changed.
      expect(rows).toHaveLength(0);
      if (error) expect(error.code).toBe('42501');
    }
  });

  it.each(cells)('$actor soft-deleting $owner’s row', async ({ actor, owner }) => {
    const { rows, error } = await team.attempt(
      actor,
      `delete from api.${kind.view} where ${kind.key} = $1 returning ${kind.key}`,
      [kind.id(owner)],
    );
    if (mayModerate(actor, owner)) {
      expect(error).toBeUndefined();
      expect(rows).toHaveLength(1);
    } else {
      expect(rows).toHaveLength(0);
      if (error) expect(error.code).toBe('42501');
    }
  });
});

describe('soft deletion', () => {
  it('keeps the row, hides it from reads, and lets the moderator find and restore it', async () => {
    const entryId = work.work.field2.entryId;
    await team.as('manager1', 'delete from api.ticket_entries where entry_id = $1', [entryId]);
    expect(
      await team.as('field2', 'select 1 from api.ticket_entries where entry_id = $1', [entryId]),
    ).toHaveLength(0);
    const raw = await db.owner.query(
      'select deleted_at, deleted_by from app.ticket_entries where entry_id = $1',
      [entryId],
    );
    expect(raw.rows[0].deleted_at).not.toBeNull();
    expect(Number(raw.rows[0].deleted_by)).toBe(team.ids.manager1);
    expect(await team.as('manager1', 'select entry_id from api.deleted_ticket_entries')).toEqual([
      { entry_id: String(entryId) },
    ]);
    expect(
      await team.as('manager2', 'select entry_id from api.deleted_ticket_entries'),
    ).toHaveLength(1);
    expect(await team.as('field1', 'select entry_id from api.deleted_ticket_entries')).toHaveLength(
      0,
    );
    const fieldRestore = await team.attempt('field1', 'select api.restore_ticket_entry($1)', [
      entryId,
    ]);
    expect(fieldRestore.error?.code).toBe('42501');
    await team.as('manager2', 'select api.restore_ticket_entry($1)', [entryId]);
    expect(
      await team.as('field2', 'select 1 from api.ticket_entries where entry_id = $1', [entryId]),
    ).toHaveLength(1);
    const history = await db.owner.query(
      `select action, user_id from app.history where table_name = 'ticket_entries' and record_id = $1 and action in ('soft_delete', 'restore') order by history_id`,
      [String(entryId)],
    );
    expect(history.rows.map((r) => [r.action, Number(r.user_id)])).toEqual([
      ['soft_delete', team.ids.manager1],
      ['restore', team.ids.manager2],
    ]);
  });

  it('is the only delete: no API role can remove a row for good', async () => {
    for (const actor of ['field1', 'admin1'] as const) {
      const { error } = await team.attempt(
        actor,
        'delete from app.ticket_entries where entry_id = $1',
        [work.work[actor].entryId],
      );
      expect(error?.code).toBe('42501');
    }
  });
});

describe('buildings and devices', () => {
  it.each(ACTORS)('%s reads them', async (actor) => {
    expect((await team.attempt(actor, 'select * from api.buildings')).rows).toHaveLength(2);
    expect((await team.attempt(actor, 'select * from api.devices')).rows).toHaveLength(3);
  });
  it.each(ACTORS)('%s creates and edits them only as a manager or admin', async (actor) => {
    const insert = await team.attempt(
      actor,
      `insert into api.buildings (building_name) values ('New ' || $1::text) returning building_id`,
      [actor],
    );
    const edit = await team.attempt(
      actor,
      `update api.devices set device_type = 'changed' where device_id = $1 returning device_id`,
      [work.deviceIds[0]],
    );
    if (roleOf(actor) === 'field') {
      expect(insert.error?.code).toBe('42501');
      expect(edit.error?.code ?? (edit.rows.length === 0 ? '42501' : 'changed')).toBe('42501');
    } else {
      expect(insert.error).toBeUndefined();
      expect(edit.rows).toHaveLength(1);
    }
  });
  it.each(ACTORS)('%s deletes them only as an admin', async (actor) => {
    const { rows } = await team.attempt(
      actor,
      'delete from api.devices where device_id = $1 returning device_id',
      [work.deviceIds[2]],
    );
    expect(rows).toHaveLength(roleOf(actor) === 'admin' ? 1 : 0);
  });
});

describe('users', () => {
  it('shows everyone the team directory, and private columns only to their owner', async () => {
    const rows = await team.as(
      'field1',
      'select user_id, alias, name, email, user_preferred_timezone from api.users order by user_id',
    );
    expect(rows).toHaveLength(6);
    const me = rows.find((r) => Number(r.user_id) === team.ids.field1);
    const other = rows.find((r) => Number(r.user_id) === team.ids.field2);
    expect(me).toMatchObject({
      name: 'field1 person',
      email: 'field1@example.com',
      user_preferred_timezone: 'America/Los_Angeles',
    });
    expect(other).toMatchObject({
      alias: 'field2',
      name: 'field2 person',
      email: null,
      user_preferred_timezone: null,
    });
    const asAdmin = await team.as('admin1', 'select email from api.users where user_id = $1', [
      team.ids.field2,
    ]);
    expect(asAdmin[0]?.email).toBe('field2@example.com');
  });
  it('lets a user edit their own profile and preferences', async () => {
    const { rows, error } = await team.attempt(
      'field1',
      `update api.users set name = 'Renamed', user_preferred_color = '#112233',
      user_preferred_timezone = 'Europe/Berlin' where user_id = $1 returning name, user_preferred_color`,
      [team.ids.field1],
    );
    expect(error).toBeUndefined();
    expect(rows).toEqual([{ name: 'Renamed', user_preferred_color: '#112233' }]);
  });
  it.each(ACTORS)('refuses %s editing someone else’s profile', async (actor) => {
    const target = actor === 'admin2' ? 'admin1' : 'admin2';
    const { error } = await team.attempt(
      actor,
      `update api.users set name = 'Hijacked' where user_id = $1`,
      [team.ids[target]],
    );
    expect(error?.code).toBe('42501');
  });
  it('lets only admins change roles and activation', async () => {
    const self = await team.attempt(
      'field1',
      'update api.users set user_is_admin = true where user_id = $1',
      [team.ids.field1],
    );
    expect(self.error?.code).toBe('42501');
    const manager = await team.attempt(
      'manager1',
      'update api.users set user_is_active = false where user_id = $1',
      [team.ids.field1],
    );
    expect(manager.error?.code).toBe('42501');
    const admin = await team.attempt(
      'admin1',
      'update api.users set user_is_manager = true where user_id = $1 returning user_is_manager',
      [team.ids.field1],
    );
    expect(admin.error).toBeUndefined();
    expect(admin.rows).toEqual([{ user_is_manager: true }]);
  });
});

describe('history', () => {
  it.each(ACTORS)('is readable by %s only as an admin, and alterable by nobody', async (actor) => {
    const read = await team.attempt(actor, 'select count(*)::int as n from api.history');
    expect(read.rows[0]?.n > 0).toBe(roleOf(actor) === 'admin');
    for (const sql of [
      'update app.history set action = $1',
      'delete from app.history where action <> $1',
      'truncate app.history',
    ]) {
      const { error } = await team.attempt(actor, sql, sql.includes('$1') ? ['x'] : []);
      expect(error?.code).toBe('42501');
    }
  });
  it('refuses even the owner role: append-only is a trigger, not a grant', async () => {
    await expect(db.owner.query(`update app.history set action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('alerts', () => {
  beforeAll(async () => {
    await db.owner.query(`insert into app.alerts (alert_type, severity, title) values
      ('security', 'critical', 'Login lock-out'), ('system', 'warning', 'Job failed'), ('site', 'info', 'Maintenance tonight')`);
    await team.as(
      'field1',
      `update api.ticket_entries set job_followup_required = true where entry_id = $1`,
      [work.work.field1.entryId],
    );
  });
  it.each(ACTORS)('shows %s the alert types DESIGN §4 allows', async (actor) => {
    const rows = await team.as(
      actor,
      'select alert_type, subject_user_id from api.alerts where resolved_at is null order by alert_id',
    );
    const types = [...new Set(rows.map((r) => r.alert_type))].sort();
    const expected =
      roleOf(actor) === 'admin'
        ? ['job', 'security', 'site', 'system']
        : roleOf(actor) === 'manager'
          ? ['job', 'site']
          : actor === 'field1'
            ? ['job', 'site']
            : ['site'];
    expect(types).toEqual(expected);
  });
  it('lets managers resolve job alerts but not security alerts; admins resolve any', async () => {
    const job = await team.attempt(
      'manager1',
      `update api.alerts set resolved_at = now() where alert_type = 'job' returning resolved_by`,
    );
    expect(job.rows.map((r) => Number(r.resolved_by))).toEqual([team.ids.manager1]);
    const security = await team.attempt(
      'manager1',
      `update api.alerts set resolved_at = now() where alert_type = 'security' returning alert_id`,
    );
    expect(security.rows).toHaveLength(0);
    const field = await team.attempt(
      'field1',
      `update api.alerts set resolved_at = now() where alert_type = 'job' returning alert_id`,
    );
    expect(field.rows.length === 0 || field.error?.code === '42501').toBe(true);
    const admin = await team.attempt(
      'admin1',
      `update api.alerts set resolved_at = now() where alert_type = 'security' returning alert_id`,
    );
    expect(admin.rows).toHaveLength(1);
  });
  it('lets only admins raise site-wide alerts', async () => {
    const manager = await team.attempt(
      'manager1',
      `insert into api.alerts (alert_type, title) values ('site', 'Hello')`,
    );
    expect(manager.error?.code).toBe('42501');
    const admin = await team.attempt(
      'admin1',
      `insert into api.alerts (alert_type, title, message) values ('site', 'Hello', 'All hands') returning message`,
    );
    expect(admin.rows).toEqual([{ message: 'All hands' }]);
  });
});

describe('notifications', () => {
  it('are sent by admins only, and received by exactly their audience', async () => {
    const manager = await team.attempt(
      'manager1',
      `insert into api.notifications (is_site_wide, title, message) values (true, 'Hi', 'x')`,
    );
    expect(manager.error?.code).toBe('42501');
    const [managers] = await team.as(
      'admin1',
      `select group_id from api.groups where group_name = 'manager'`,
    );
    await team.as(
      'admin1',
      `insert into api.notifications (recipient_group_id, title, message) values ($1, 'To managers', 'meeting at 3')`,
      [managers?.group_id],
    );
    await team.as(
      'admin1',
      `insert into api.notifications (recipient_user_id, title, message) values ($1, 'To field1', 'see me')`,
      [team.ids.field1],
    );
    const seen = async (actor: Actor) =>
      (await team.as(actor, 'select title from api.notifications order by notification_id')).map(
        (r) => r.title,
      );
    expect(await seen('field1')).toEqual(['To field1']);
    expect(await seen('field2')).toEqual([]);
    expect(await seen('manager2')).toEqual(['To managers']);
    const [mark] = await team.as(
      'field1',
      `update api.notifications set read_at = now() returning read_at, message`,
    );
    expect(mark?.read_at).not.toBeNull();
    expect(mark?.message).toBe('see me');
    const edit = await team.attempt('field1', `update api.notifications set title = 'changed'`);
    expect(edit.error?.code).toBe('42501');
  });
});

describe('sessions', () => {
  beforeAll(async () => {
    for (const actor of ['field1', 'field2'] as const) {
      await db.owner.query(
        'insert into app.user_sessions (user_id, device_info, is_active) values ($1, $2, true)',
        [team.ids[actor], `${actor} phone`],
      );
    }
  });
  it('are listed and revoked by their owner, and by admins for anyone', async () => {
    expect(await team.as('field1', 'select device_info from api.user_sessions')).toEqual([
      { device_info: 'field1 phone' },
    ]);
    expect(await team.as('admin1', 'select device_info from api.user_sessions')).toHaveLength(2);
    const other = await team.attempt(
      'field1',
      `update api.user_sessions set is_active = false, revoked_at = now() where device_info = 'field2 phone' returning 1`,
    );
    expect(other.rows).toHaveLength(0);
    const own = await team.attempt(
      'field1',
      `update api.user_sessions set is_active = false, revoked_at = now() returning 1`,
    );
    expect(own.rows).toHaveLength(1);
    const admin = await team.attempt(
      'admin1',
      `update api.user_sessions set is_active = false, revoked_at = now() where device_info = 'field2 phone' returning 1`,
    );
    expect(admin.rows).toHaveLength(1);
    const reactivate = await team.attempt(
      'field1',
      `update api.user_sessions set is_active = true`,
    );
    expect(reactivate.error?.code).toBe('42501');
  });
});

describe('the anonymous role', () => {
  it('reads nothing but the public site settings', async () => {
    const anon = { role: 'anon', claims: {} };
    await expect(
      db.withRequestTx(anon, (c) => c.query('select * from api.ticket_entries')),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      db.withRequestTx(anon, (c) => c.query('select * from api.users')),
    ).rejects.toMatchObject({ code: '42501' });
    const { rows } = await db.withRequestTx(anon, (c) =>
      c.query(`select setting_value from api.site_settings where setting_key = 'terms_version'`),
    );
    expect(rows).toEqual([{ setting_value: '1' }]);
  });
});
