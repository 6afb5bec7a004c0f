import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database';
import { createTeam, createWork, type Team } from './team';

let db: TestDatabase;
let team: Team;
let work: Awaited<ReturnType<typeof createWork>>;

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  work = await createWork(team);
});
afterAll(async () => db?.drop());

const countRows = async (table: string) =>
  Number((await db.owner.query(`select count(*) from app.${table}`)).rows[0].count);

describe('bad input gets a clear error and changes nothing', () => {
  it('refuses an unknown timezone', async () => {
    const { error } = await team.attempt(
      'field1',
      `update api.users set user_preferred_timezone = 'Mars/Olympus' where user_id = $1`,
      [team.ids.field1],
    );
    expect(error?.code).toBe('22023');
    expect(error?.message).toContain('unknown timezone "Mars/Olympus"');
  });
  it('refuses a colour that is not #rrggbb', async () => {
    for (const colour of ['red', '#12345', '#1234567', '#12345g']) {
      const { error } = await team.attempt(
        'field1',
        `update api.users set user_preferred_color = $2 where user_id = $1`,
        [team.ids.field1, colour],
      );
      expect(error?.code).toBe('23514');
    }
  });
  it('refuses a duplicate ticket number, even of a deleted ticket', async () => {
    const before = await countRows('tickets');
    const { error } = await team.attempt(
      'field2',
      `insert into api.tickets (ticket_number, building_id) values ('T-field1', $1)`,
      [work.buildingId],
    );
    expect(error?.code).toBe('23505');
    expect(await countRows('tickets')).toBe(before);
  });
  it('refuses an entry on a deleted ticket', async () => {
    const [ticket] = await team.as(
      'field1',
      `insert into api.tickets (ticket_number, building_id) values ('GONE-1', $1) returning ticket_id`,
      [work.buildingId],
    );
    await team.as('field1', 'delete from api.tickets where ticket_id = $1', [ticket?.ticket_id]);
    const before = await countRows('ticket_entries');
    const { error } = await team.attempt(
      'field1',
      `insert into api.ticket_entries (ticket_id, job_name, job_date) values ($1, 'x', current_date)`,
      [ticket?.ticket_id],
    );
    expect(error?.code).toBe('23514');
    expect(error?.message).toContain('ticket GONE-1 has been deleted');
    expect(await countRows('ticket_entries')).toBe(before);
  });
  it('refuses linking a device from another building', async () => {
    const rtuOfSouthAnnex = work.deviceIds[2];
    const { error } = await team.attempt(
      'field1',
      'insert into api.entry_devices (entry_id, device_id) values ($1, $2)',
      [work.work.field1.entryId, rtuOfSouthAnnex],
    );
    expect(error?.code).toBe('23514');
    expect(error?.message).toMatch(/not in the building/);
    expect(await countRows('entry_devices')).toBe(0);
  });
  it('refuses an end time before the start time', async () => {
    const { error } = await team.attempt(
      'field1',
      `update api.ticket_entries set job_end_time = '07:00' where entry_id = $1`,
      [work.work.field1.entryId],
    );
    expect(error?.code).toBe('23514');
  });
  it('refuses linking a device to somebody else’s entry', async () => {
    const { error } = await team.attempt(
      'field2',
      'insert into api.entry_devices (entry_id, device_id) values ($1, $2)',
      [work.work.field1.entryId, work.deviceIds[0]],
    );
    expect(error?.code).toBe('42501');
  });
});

describe('history', () => {
  it('records inserts, updates and soft deletes with the acting user, never plain text of encrypted fields', async () => {
    const entryId = work.work.field2.entryId;
    await team.as(
      'field2',
      `update api.ticket_entries set job_name = 'secret rename', job_materials_used = '2 belts' where entry_id = $1`,
      [entryId],
    );
    const { rows } = await db.owner.query(
      `select action, user_id, changes from app.history where table_name = 'ticket_entries' and record_id = $1 order by history_id`,
      [String(entryId)],
    );
    expect(rows.map((r) => r.action)).toEqual(['insert', 'update']);
    expect(Number(rows[1].user_id)).toBe(team.ids.field2);
    expect(rows[1].changes.job_materials_used).toEqual({ old: null, new: '2 belts' });
    expect(rows[1].changes.job_name_enc).toEqual({ old: '[encrypted]', new: '[encrypted]' });
    expect(JSON.stringify(rows)).not.toMatch(/secret rename|job of field2|replaced belts/);
  });
});

describe('job entries', () => {
  it('raise a job alert when something needs attention, and resolve it when cleared', async () => {
    const entryId = work.work.field1.entryId;
    await team.as(
      'field1',
      `update api.ticket_entries set job_access_needed = 'roof key' where entry_id = $1`,
      [entryId],
    );
    const open = await team.as(
      'manager1',
      `select title, resolved_at from api.alerts where source_table = 'ticket_entries' and source_id = $1`,
      [entryId],
    );
    expect(open).toEqual([{ title: 'Ticket T-field1: access needed', resolved_at: null }]);
    await team.as(
      'field1',
      `update api.ticket_entries set job_access_needed = null where entry_id = $1`,
      [entryId],
    );
    const resolved = await team.as(
      'manager1',
      `select resolved_at, resolved_by from api.alerts where source_id = $1`,
      [entryId],
    );
    expect(resolved[0]?.resolved_at).not.toBeNull();
    expect(Number(resolved[0]?.resolved_by)).toBe(team.ids.field1);
  });
  it('set the changed flag on edits after creation, device links included, but not at creation', async () => {
    const [created] = await team.as(
      'field1',
      `with e as (insert into api.ticket_entries (ticket_id, job_name, job_date) values ($1, 'fresh', current_date) returning entry_id)
      select entry_id from e`,
      [work.work.field1.ticketId],
    );
    const entryId = created?.entry_id;
    await team.as('field1', 'insert into api.entry_devices (entry_id, device_id) values ($1, $2)', [
      entryId,
      work.deviceIds[0],
    ]);
    // Linking in a later transaction than the creation counts as a change:
    let [row] = await team.as(
      'field1',
      'select job_changed_flag from api.ticket_entries where entry_id = $1',
      [entryId],
    );
    expect(row?.job_changed_flag).toBe(true);
    const [other] = await team.as(
      'field2',
      `select entry_id, job_changed_flag from api.ticket_entries where entry_id = $1`,
      [work.work.field2.entryId],
    );
    expect(other?.job_changed_flag).toBe(true); // edited in the history test above
    [row] = await team.as(
      'manager1',
      `select job_changed_flag from api.ticket_entries where entry_id = $1`,
      [work.work.manager1.entryId],
    );
    expect(row?.job_changed_flag).toBe(false);
  });
  it('leave the flag alone when created with devices in one transaction', async () => {
    const [row] = await team.as(
      'manager2',
      `with e as (insert into api.ticket_entries (ticket_id, job_name, job_date) values ($1, 'with device', current_date) returning entry_id)
      select entry_id from e`,
      [work.work.manager2.ticketId],
    );
    await db.withRequestTx(
      { role: 'authenticated', claims: { sub: String(team.ids.manager2) } },
      async (c) => {
        const { rows } = await c.query(
          `insert into api.ticket_entries (ticket_id, job_name, job_date) values ($1, 'one go', current_date) returning entry_id`,
          [work.work.manager2.ticketId],
        );
        await c.query('insert into api.entry_devices (entry_id, device_id) values ($1, $2)', [
          rows[0].entry_id,
          work.deviceIds[1],
        ]);
        await c.query(
          `update api.ticket_entries set job_description = 'typo fixed' where entry_id = $1`,
          [rows[0].entry_id],
        );
        const flag = await c.query(
          'select job_changed_flag from api.ticket_entries where entry_id = $1',
          [rows[0].entry_id],
        );
        expect(flag.rows[0].job_changed_flag).toBe(false);
      },
    );
    expect(row?.entry_id).toBeDefined();
  });
});

describe('change events', () => {
  it('announce ids and routing facts only on crewlog_events', async () => {
    const listener = new pg.Client({ connectionString: db.ownerUrl });
    await listener.connect();
    const messages: string[] = [];
    listener.on('notification', (n) => messages.push(n.payload ?? ''));
    await listener.query('listen crewlog_events');
    await team.as(
      'field1',
      `update api.ticket_entries set job_description = 'very private words' where entry_id = $1`,
      [work.work.field1.entryId],
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await listener.end();
    const hint = messages.map((m) => JSON.parse(m)).find((m) => m.table === 'ticket_entries');
    expect(hint).toEqual({
      table: 'ticket_entries',
      op: 'UPDATE',
      id: work.work.field1.entryId,
      user_id: team.ids.field1,
    });
    expect(messages.join()).not.toContain('very private words');
  });
});

describe('api.create_ticket_entry', () => {
  it('creates an entry with its devices in one go, unflagged', async () => {
    const [row] = await team.as(
      'field2',
      'select entry_id, job_name, job_changed_flag from api.create_ticket_entry($1, $2)',
      [
        {
          ticket_id: work.work.field2.ticketId,
          job_name: 'with devices',
          job_date: '2026-05-01',
          user_id: team.ids.field1,
        },
        [work.deviceIds[0], work.deviceIds[1]],
      ],
    );
    expect(row).toMatchObject({ job_name: 'with devices', job_changed_flag: false });
    const owner = await db.owner.query(
      'select user_id from app.ticket_entries where entry_id = $1',
      [row?.entry_id],
    );
    expect(Number(owner.rows[0].user_id)).toBe(team.ids.field2);
    const links = await team.as(
      'field2',
      'select device_id from api.entry_devices where entry_id = $1',
      [row?.entry_id],
    );
    expect(links).toHaveLength(2);
  });
  it('leaves nothing behind when a device is refused', async () => {
    const before = await countRows('ticket_entries');
    const { error } = await team.attempt(
      'field2',
      'select * from api.create_ticket_entry($1, $2)',
      [
        { ticket_id: work.work.field2.ticketId, job_name: 'half', job_date: '2026-05-01' },
        [work.deviceIds[2]],
      ],
    );
    expect(error?.code).toBe('23514');
    expect(await countRows('ticket_entries')).toBe(before);
  });
});

describe('api.entry_history', () => {
  it('shows an entry’s changes to those who may read it, and nothing to others', async () => {
    const entryId = work.work.field2.entryId;
    const own = await team.as('field2', 'select action, table_name from api.entry_history($1)', [
      entryId,
    ]);
    expect(own.map((r) => r.action)).toContain('insert');
    expect(
      await team.as('manager1', 'select 1 from api.entry_history($1)', [entryId]),
    ).not.toHaveLength(0);
    expect(await team.as('field1', 'select 1 from api.entry_history($1)', [entryId])).toHaveLength(
      0,
    );
  });
});
