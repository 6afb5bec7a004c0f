import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database';
import { type Actor, createTeam, type Team } from './team';

// Team totals per day, per week and per member, and follow-ups per day: known figures, and
// the same as counting the live rows.

let db: TestDatabase;
let team: Team;

async function log(actor: Actor, ticketId: unknown, date: string, start: string, end: string) {
  const [row] = await team.as(
    actor,
    `insert into api.ticket_entries (ticket_id, job_name, job_date, job_start_time, job_end_time)
     values ($1, 'job', $2, $3, $4) returning entry_id`,
    [ticketId, date, start, end],
  );
  return Number(row?.entry_id);
}

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  const [b] = await team.as(
    'manager1',
    `insert into api.buildings (building_name) values ('Depot') returning building_id`,
  );
  for (const actor of ['field1', 'field2'] as const) {
    const [t] = await team.as(
      actor,
      'insert into api.tickets (ticket_number, building_id) values ($1, $2) returning ticket_id',
      [`D-${actor}`, b?.building_id],
    );
    // Sunday 1 March and Monday 2 March 2026 fall in two different weeks.
    await log(actor, t?.ticket_id, '2026-03-01', '08:00', '09:30');
    await log(actor, t?.ticket_id, '2026-03-02', '08:00', '10:00');
  }
  await team.as(
    'field1',
    `insert into api.ticket_misc_entries (misc_name, misc_start_date, misc_start_time, misc_end_time)
     values ('training', '2026-03-03', '13:00', '13:45')`,
  );
});
afterAll(async () => db?.drop());

describe('statistics totals', () => {
  it('sum the team per day and per Monday-based week', async () => {
    expect(
      await team.as('field2', `select * from api.stats_hours_by_day('2026-03-01', '2026-03-31')`),
    ).toEqual([
      { work_date: expect.any(Date), entry_hours: '3.00', task_hours: '0.00' },
      { work_date: expect.any(Date), entry_hours: '4.00', task_hours: '0.00' },
      { work_date: expect.any(Date), entry_hours: '0.00', task_hours: '0.75' },
    ]);
    const weeks = await team.as(
      'field2',
      `select week_start::text, entry_hours, task_hours from api.stats_hours_by_week('2026-02-01', '2026-03-31')`,
    );
    expect(weeks).toEqual([
      { week_start: '2026-02-23', entry_hours: '3.00', task_hours: '0.00' },
      { week_start: '2026-03-02', entry_hours: '4.00', task_hours: '0.75' },
    ]);
    const mine = await team.as(
      'field2',
      `select entry_hours from api.stats_hours_by_week('2026-03-01', '2026-03-31', $1)`,
      [team.ids.field2],
    );
    expect(mine).toEqual([{ entry_hours: '1.50' }, { entry_hours: '2.00' }]);
  });

  it('list every active member with their hours, zero when none', async () => {
    const rows = await team.as(
      'field1',
      `select alias, entry_hours, task_hours from api.stats_hours_by_member('2026-03-02', '2026-03-08')`,
    );
    expect(rows).toEqual([
      { alias: 'admin1', entry_hours: '0.00', task_hours: '0.00' },
      { alias: 'admin2', entry_hours: '0.00', task_hours: '0.00' },
      { alias: 'field1', entry_hours: '2.00', task_hours: '0.75' },
      { alias: 'field2', entry_hours: '2.00', task_hours: '0.00' },
      { alias: 'manager1', entry_hours: '0.00', task_hours: '0.00' },
      { alias: 'manager2', entry_hours: '0.00', task_hours: '0.00' },
    ]);
  });

  it('refuse a range over 366 days with a clear error', async () => {
    for (const fn of ['stats_hours_by_day', 'stats_hours_by_week', 'stats_hours_by_member']) {
      const { error } = await team.attempt(
        'field1',
        `select * from api.${fn}('2020-01-01', '2026-01-01')`,
      );
      expect(error?.code).toBe('22023');
      expect(error?.message).toMatch(/366 days/);
    }
    const reversed = await team.as(
      'field1',
      `select * from api.stats_hours_by_day('2026-03-31', '2026-03-01')`,
    );
    expect(reversed).toEqual([]);
  });

  it('count follow-ups opened and closed per day as before the rewrite', async () => {
    const [t] = await team.as('field1', `select ticket_id from api.tickets limit 1`);
    const ids = [];
    for (let i = 0; i < 4; i += 1)
      ids.push(await log('field1', t?.ticket_id, '2026-04-01', '08:00', '09:00'));
    await team.as(
      'field1',
      'update api.ticket_entries set job_followup_required = true where entry_id = any($1)',
      [ids],
    );
    await team.as(
      'field1',
      'update api.ticket_entries set job_followup_required = false where entry_id = any($1)',
      [ids.slice(0, 2)],
    );
    // Spread the alerts over known days, one opened before the range and closed inside it.
    await db.owner.query(
      `update app.alerts a set created_at = v.created::timestamptz, resolved_at = v.resolved::timestamptz
         from (values (1, '2026-03-30 10:00', '2026-04-02 23:30'), (2, '2026-04-01 00:10', '2026-04-01 18:00'),
                      (3, '2026-04-02 12:00', null), (4, '2026-04-03 23:59', null)) v(n, created, resolved)
        where a.source_id = ($1::bigint[])[v.n]`,
      [ids],
    );
    const range = ['2026-04-01', '2026-04-03'];
    const rows = await team.as(
      'field2',
      'select day::text, opened, closed from api.stats_followups($1, $2)',
      range,
    );
    expect(rows).toEqual([
      { day: '2026-04-01', opened: '1', closed: '1' },
      { day: '2026-04-02', opened: '1', closed: '1' },
      { day: '2026-04-03', opened: '1', closed: '0' },
    ]);
    const raw = await db.owner.query(
      `select days.day::text,
         (select count(*) from app.alerts a where a.alert_type = 'job' and a.created_at::date = days.day) as opened,
         (select count(*) from app.alerts a where a.alert_type = 'job' and a.resolved_at::date = days.day) as closed
        from (select generate_series($1::date, $2::date, interval '1 day')::date as day) days order by 1`,
      range,
    );
    expect(rows).toEqual(raw.rows);
  });
});
