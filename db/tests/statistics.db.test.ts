import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database';
import { createTeam, type Team } from './team';

// Statistics against known data: numbers, not "a chart rendered".

let db: TestDatabase;
let team: Team;
const RANGE = ['2026-03-01', '2026-03-31'];

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  const [north] = await team.as(
    'manager1',
    `insert into api.buildings (building_name) values ('North') returning building_id`,
  );
  const [south] = await team.as(
    'manager1',
    `insert into api.buildings (building_name) values ('South') returning building_id`,
  );
  const [ahu] = await team.as(
    'manager1',
    `insert into api.devices (building_id, device_name, device_type) values ($1, 'AHU-1', 'air handler') returning device_id`,
    [north?.building_id],
  );
  const [rtu] = await team.as(
    'manager1',
    `insert into api.devices (building_id, device_name, device_type) values ($1, 'RTU-1', 'rooftop unit') returning device_id`,
    [south?.building_id],
  );
  const log = async (
    actor: 'field1' | 'field2',
    number: string,
    building: unknown,
    device: unknown,
    date: string,
    start: string,
    end: string,
    followup = false,
  ) => {
    await db.withRequestTx(
      { role: 'authenticated', claims: { sub: String(team.ids[actor]) } },
      async (c) => {
        const t = await c.query(
          `insert into api.tickets (ticket_number, building_id) values ($1, $2) returning ticket_id`,
          [number, building],
        );
        const e = await c.query(
          `insert into api.ticket_entries (ticket_id, job_name, job_date, job_start_time, job_end_time, job_followup_required)
        values ($1, 'job', $2, $3, $4, $5) returning entry_id`,
          [t.rows[0].ticket_id, date, start, end, followup],
        );
        await c.query('insert into api.entry_devices (entry_id, device_id) values ($1, $2)', [
          e.rows[0].entry_id,
          device,
        ]);
      },
    );
  };
  await log('field1', 'S-1', north?.building_id, ahu?.device_id, '2026-03-02', '08:00', '10:30');
  await log(
    'field1',
    'S-2',
    south?.building_id,
    rtu?.device_id,
    '2026-03-02',
    '11:00',
    '12:00',
    true,
  );
  await log('field2', 'S-3', north?.building_id, ahu?.device_id, '2026-03-03', '09:00', '13:15');
  await log('field2', 'S-4', north?.building_id, ahu?.device_id, '2026-04-01', '09:00', '10:00'); // outside the range
  await team.as(
    'field1',
    `insert into api.ticket_misc_entries (misc_name, misc_start_date, misc_start_time, misc_end_time)
    values ('training', '2026-03-02', '13:00', '14:45')`,
  );
});
afterAll(async () => db?.drop());

describe('statistics', () => {
  it('total hours per day and person, entries and tasks apart', async () => {
    const rows = await team.as('field2', 'select * from api.stats_hours_per_day($1, $2)', RANGE);
    expect(rows).toEqual([
      {
        work_date: expect.any(Date),
        user_id: String(team.ids.field1),
        entry_hours: '3.50',
        task_hours: '1.75',
      },
      {
        work_date: expect.any(Date),
        user_id: String(team.ids.field2),
        entry_hours: '4.25',
        task_hours: '0.00',
      },
    ]);
    const mine = await team.as(
      'field1',
      'select entry_hours from api.stats_hours_per_day($1, $2, $3)',
      [...RANGE, team.ids.field1],
    );
    expect(mine).toEqual([{ entry_hours: '3.50' }]);
  });

  it('count entries and hours per building and per device type', async () => {
    expect(
      await team.as(
        'field1',
        'select building_name, entries, hours from api.stats_entries_per_building($1, $2)',
        RANGE,
      ),
    ).toEqual([
      { building_name: 'North', entries: '2', hours: '6.75' },
      { building_name: 'South', entries: '1', hours: '1.00' },
    ]);
    expect(
      await team.as('field1', 'select * from api.stats_entries_per_device_type($1, $2)', RANGE),
    ).toEqual([
      { device_type: 'air handler', entries: '2' },
      { device_type: 'rooftop unit', entries: '1' },
    ]);
  });

  it('count follow-ups opened and closed per day', async () => {
    await team.as(
      'field1',
      `update api.ticket_entries set job_followup_required = false where job_followup_required`,
    );
    const today = await team.as(
      'field1',
      `select opened, closed from api.stats_followups(current_date, current_date)`,
    );
    expect(today).toEqual([{ opened: '1', closed: '1' }]);
  });

  it('count only the alerts the caller may see', async () => {
    await db.owner.query(
      `insert into app.alerts (alert_type, title) values ('security', 'lock-out')`,
    );
    const range = ['2000-01-01', '2100-01-01'];
    const asField = await team.as(
      'field2',
      'select alert_type, raised from api.stats_alerts($1, $2)',
      range,
    );
    expect(asField).toEqual([]);
    const asAdmin = await team.as(
      'admin1',
      'select alert_type, raised, resolved from api.stats_alerts($1, $2)',
      range,
    );
    expect(asAdmin).toEqual([
      { alert_type: 'job', raised: '1', resolved: '1' },
      { alert_type: 'security', raised: '1', resolved: '0' },
    ]);
  });

  it('give nothing to a caller who is not signed in', async () => {
    const rows = await db.withRequestTx(
      { role: 'authenticated', claims: {} },
      async (c) => (await c.query('select * from api.stats_hours_per_day($1, $2)', RANGE)).rows,
    );
    expect(rows).toEqual([]);
  });
});
