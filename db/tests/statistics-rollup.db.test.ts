import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database';
import { type Actor, createTeam, type Team } from './team';

// The daily rollup must give exactly what counting the live rows gives, after every kind
// of change, and only to signed-in callers. The "raw" queries below are the statistics as
// they were computed before the rollup, run as the owner on the same data.

let db: TestDatabase;
let team: Team;
const RANGE = ['2026-01-01', '2026-12-31'];
const ids = {
  buildings: [] as number[],
  devices: [] as number[],
  tickets: {} as Record<string, number>,
};

const RAW_HOURS = `
  with work as (
    select e.job_date as d, e.user_id as u, app.minutes_between(e.job_start_time, e.job_end_time) as em, 0 as tm
      from app.ticket_entries e where e.deleted_at is null and e.job_date between $1 and $2
    union all
    select m.misc_start_date, m.user_id, 0, app.minutes_between(m.misc_start_time, m.misc_end_time)
      from app.ticket_misc_entries m where m.deleted_at is null and m.misc_start_date between $1 and $2)
  select d as work_date, u as user_id, round(sum(em) / 60.0, 2) as entry_hours, round(sum(tm) / 60.0, 2) as task_hours
    from work group by d, u order by d, u`;
const RAW_BUILDINGS = `
  select b.building_id, b.building_name, count(*) as entries,
         round(sum(app.minutes_between(e.job_start_time, e.job_end_time)) / 60.0, 2) as hours
    from app.ticket_entries e join app.tickets t on t.ticket_id = e.ticket_id
    join app.buildings b on b.building_id = t.building_id
   where e.deleted_at is null and e.job_date between $1 and $2
   group by b.building_id, b.building_name order by count(*) desc, b.building_name`;
const RAW_DEVICE_TYPES = `
  select d.device_type, count(distinct e.entry_id) as entries
    from app.ticket_entries e join app.entry_devices ed on ed.entry_id = e.entry_id
    join app.devices d on d.device_id = ed.device_id
   where e.deleted_at is null and e.job_date between $1 and $2
   group by d.device_type order by count(distinct e.entry_id) desc, d.device_type`;

async function raw(sql: string) {
  return (await db.owner.query(sql, RANGE)).rows;
}

/** Every rollup-backed figure, as a field user reads it, equals the raw count. */
async function expectRollupMatchesRaw() {
  const [hours, buildings, deviceTypes] = await Promise.all([
    team.as('field2', 'select * from api.stats_hours_per_day($1, $2)', RANGE),
    team.as('field2', 'select * from api.stats_entries_per_building($1, $2)', RANGE),
    team.as('field2', 'select * from api.stats_entries_per_device_type($1, $2)', RANGE),
  ]);
  expect(hours).toEqual(await raw(RAW_HOURS));
  expect(buildings).toEqual(await raw(RAW_BUILDINGS));
  expect(deviceTypes).toEqual(await raw(RAW_DEVICE_TYPES));
}

async function logEntry(
  actor: Actor,
  ticket: string,
  date: string,
  start: string,
  end: string,
  devices: number[],
) {
  const [entry] = await team.as(
    actor,
    `insert into api.ticket_entries (ticket_id, job_name, job_date, job_start_time, job_end_time)
     values ($1, 'job', $2, $3, $4) returning entry_id`,
    [ids.tickets[ticket], date, start, end],
  );
  for (const device of devices) {
    await team.as(actor, 'insert into api.entry_devices (entry_id, device_id) values ($1, $2)', [
      entry?.entry_id,
      device,
    ]);
  }
  return Number(entry?.entry_id);
}

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  for (const name of ['East', 'West']) {
    const [b] = await team.as(
      'manager1',
      'insert into api.buildings (building_name) values ($1) returning building_id',
      [name],
    );
    ids.buildings.push(Number(b?.building_id));
  }
  const devices = await team.as(
    'manager1',
    `insert into api.devices (building_id, device_name, device_type)
     values ($1, 'AHU-1', 'air handler'), ($1, 'AHU-2', 'air handler'), ($1, 'FACP', 'fire panel'),
            ($2, 'RTU-1', 'rooftop unit') returning device_id`,
    ids.buildings,
  );
  ids.devices = devices.map((d) => Number(d.device_id));
  for (const [actor, number, building] of [
    ['field1', 'E-1', 0],
    ['field1', 'W-1', 1],
    ['field2', 'E-2', 0],
  ] as const) {
    const [t] = await team.as(
      actor,
      'insert into api.tickets (ticket_number, building_id) values ($1, $2) returning ticket_id',
      [number, ids.buildings[building]],
    );
    ids.tickets[number] = Number(t?.ticket_id);
  }
  const [ahu1, ahu2, facp] = ids.devices;
  await logEntry('field1', 'E-1', '2026-03-02', '08:00', '10:30', [
    ahu1 ?? 0,
    ahu2 ?? 0,
    facp ?? 0,
  ]);
  await logEntry('field1', 'W-1', '2026-03-02', '11:00', '12:20', [ids.devices[3] ?? 0]);
  await logEntry('field2', 'E-2', '2026-03-02', '07:10', '09:05', [ahu2 ?? 0]);
  await logEntry('field2', 'E-2', '2026-03-09', '13:00', '13:07', []);
  await team.as(
    'field1',
    `insert into api.ticket_misc_entries (misc_name, misc_start_date, misc_start_time, misc_end_time)
     values ('training', '2026-03-02', '13:00', '14:45'), ('stores', '2026-03-04', '09:00', '09:20')`,
  );
});
afterAll(async () => db?.drop());

describe('statistics rollup', () => {
  it('equals counting the live rows', async () => {
    await expectRollupMatchesRaw();
    const buildings = await team.as(
      'field1',
      'select building_name, entries, hours from api.stats_entries_per_building($1, $2)',
      RANGE,
    );
    // Known figures, so the comparison above cannot pass on two empty results.
    expect(buildings).toEqual([
      { building_name: 'East', entries: '3', hours: '4.53' },
      { building_name: 'West', entries: '1', hours: '1.33' },
    ]);
  });

  it('follows an entry edited, moved to another day and ticket, soft-deleted and restored', async () => {
    // No devices: an entry with devices of one building may not move to another's ticket.
    const entry = await logEntry('field1', 'E-1', '2026-05-05', '08:00', '09:00', []);
    await expectRollupMatchesRaw();
    await team.as(
      'field1',
      `update api.ticket_entries set job_end_time = '11:15' where entry_id = $1`,
      [entry],
    );
    await expectRollupMatchesRaw();
    await team.as(
      'field1',
      `update api.ticket_entries set job_date = '2026-05-06', ticket_id = $2 where entry_id = $1`,
      [entry, ids.tickets['W-1']],
    );
    await expectRollupMatchesRaw();
    await team.as('field1', 'delete from api.ticket_entries where entry_id = $1', [entry]);
    await expectRollupMatchesRaw();
    await team.as('field1', 'select api.restore_ticket_entry($1)', [entry]);
    await expectRollupMatchesRaw();
    const [day] = await team.as(
      'field1',
      `select entry_hours from api.stats_hours_per_day('2026-05-06', '2026-05-06', $1)`,
      [team.ids.field1],
    );
    expect(day).toEqual({ entry_hours: '3.25' });
  });

  it('follows a manager soft-deleting a field user’s entry and an owner hard delete', async () => {
    const entry = await logEntry('field2', 'E-2', '2026-06-01', '08:00', '12:00', [
      ids.devices[0] ?? 0,
    ]);
    await team.as('manager1', 'delete from api.ticket_entries where entry_id = $1', [entry]);
    await expectRollupMatchesRaw();
    await db.owner.query('delete from app.ticket_entries where entry_id = $1', [entry]);
    await expectRollupMatchesRaw();
  });

  it('follows device links, device types and tickets moving building', async () => {
    const entry = await logEntry('field2', 'E-2', '2026-07-01', '08:00', '09:30', [
      ids.devices[0] ?? 0,
    ]);
    await team.as('field2', 'insert into api.entry_devices (entry_id, device_id) values ($1, $2)', [
      entry,
      ids.devices[2],
    ]);
    await expectRollupMatchesRaw();
    await team.as(
      'field2',
      'delete from api.entry_devices where entry_id = $1 and device_id = $2',
      [entry, ids.devices[0]],
    );
    await expectRollupMatchesRaw();
    await team.as(
      'manager1',
      `update api.devices set device_type = 'smoke panel' where device_id = $1`,
      [ids.devices[2]],
    );
    await expectRollupMatchesRaw();
    await team.as('field2', 'update api.tickets set building_id = $2 where ticket_id = $1', [
      ids.tickets['E-2'],
      ids.buildings[1],
    ]);
    await expectRollupMatchesRaw();
  });

  it('follows tasks edited, soft-deleted and restored', async () => {
    const [task] = await team.as(
      'field2',
      `insert into api.ticket_misc_entries (misc_name, misc_start_date, misc_start_time, misc_end_time)
       values ('van check', '2026-03-02', '15:00', '15:30') returning entry_id`,
    );
    await expectRollupMatchesRaw();
    await team.as(
      'field2',
      `update api.ticket_misc_entries set misc_start_date = '2026-03-03', misc_end_time = '16:00' where entry_id = $1`,
      [task?.entry_id],
    );
    await expectRollupMatchesRaw();
    await team.as('field2', 'delete from api.ticket_misc_entries where entry_id = $1', [
      task?.entry_id,
    ]);
    await expectRollupMatchesRaw();
    await team.as('field2', 'select api.restore_ticket_misc_entry($1)', [task?.entry_id]);
    await expectRollupMatchesRaw();
  });

  it('stays exact when two transactions log the same person-day at once', async () => {
    const [a, b] = [await db.owner.connect(), await db.owner.connect()];
    try {
      const insert = `insert into app.ticket_entries (user_id, ticket_id, job_name_enc, job_date, job_start_time, job_end_time)
        values ($1, $2, app.encrypt('x'), '2026-08-03', $3, $4)`;
      for (const c of [a, b]) {
        await c.query('begin');
        await c.query(`select set_config('app.settings.encryption_key', $1, true)`, [
          db.settings.encryption_key,
        ]);
      }
      await a.query(insert, [team.ids.field1, ids.tickets['E-1'], '08:00', '09:00']);
      // b waits for a's lock on the day, then recounts with a's committed entry in view.
      const second = b.query(insert, [team.ids.field1, ids.tickets['E-1'], '10:00', '12:00']);
      await a.query('commit');
      await second;
      await b.query('commit');
    } finally {
      a.release();
      b.release();
    }
    await expectRollupMatchesRaw();
  });

  it('rebuilds to the same figures it maintained', async () => {
    const before = await db.owner.query(
      'select * from app.stats_daily_buildings order by work_date, user_id, building_id',
    );
    await db.owner.query('select app.stats_rebuild()');
    const after = await db.owner.query(
      'select * from app.stats_daily_buildings order by work_date, user_id, building_id',
    );
    expect(after.rows).toEqual(before.rows);
    expect(after.rows.length).toBeGreaterThan(0);
  });
});

describe('statistics rollup access', () => {
  it('is closed to API roles except through the statistics functions', async () => {
    for (const table of [
      'stats_daily_hours',
      'stats_daily_buildings',
      'stats_daily_device_types',
    ]) {
      const { error } = await team.attempt('admin1', `select * from app.${table}`);
      expect(error?.code).toBe('42501');
    }
    for (const fn of ['app.stats_rebuild()', `app.stats_recount('{1}', '{2026-01-01}')`]) {
      const { error } = await team.attempt('admin1', `select ${fn}`);
      expect(error?.code).toBe('42501');
    }
  });

  it('gives a field user the team’s aggregates (DESIGN §4), and a signed-out caller nothing', async () => {
    const asField = await team.as('field1', 'select * from api.stats_hours_per_day($1, $2)', RANGE);
    const people = new Set(asField.map((r) => Number(r.user_id)));
    expect(people).toEqual(new Set([team.ids.field1, team.ids.field2]));
    expect(
      await team.as('manager1', 'select * from api.stats_hours_per_day($1, $2)', RANGE),
    ).toEqual(asField);
    for (const fn of [
      'stats_hours_per_day($1, $2)',
      'stats_entries_per_building($1, $2)',
      'stats_entries_per_device_type($1, $2)',
      'stats_hours_by_day($1, $2)',
      'stats_hours_by_week($1, $2)',
      'stats_hours_by_member($1, $2)',
    ]) {
      const rows = await db.withRequestTx(
        { role: 'authenticated', claims: {} },
        async (c) => (await c.query(`select * from api.${fn}`, RANGE)).rows,
      );
      expect(rows).toEqual([]);
    }
  });
});
