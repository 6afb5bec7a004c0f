import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../db/tests/team';
import { bearer } from '../../test/access-token';
import { multipartBody } from '../../test/multipart-body';
import { buildTestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { type CrewlogExport, crewlogExport } from './export-format';

interface Site {
  db: TestDatabase;
  team: Team;
  app: FastifyInstance;
}

const sites: Site[] = [];

/** A fresh database with the team, two buildings and their devices (same names everywhere). */
async function openSite(): Promise<Site> {
  const db = await createTestDatabase();
  const team = await createTeam(db);
  for (const [name, address, devices] of [
    ['North Plant', '1 North Rd', ['AHU-1', 'Boiler 2']],
    ['South Annex', null, ['Panel A']],
  ] as const) {
    const [b] = await team.as(
      'manager1',
      'insert into api.buildings (building_name, building_address) values ($1, $2) returning building_id',
      [name, address],
    );
    for (const device of devices) {
      await team.as(
        'manager1',
        `insert into api.devices (building_id, device_name, device_type) values ($1, $2, 'hvac')`,
        [b?.building_id, device],
      );
    }
  }
  const site = { db, team, app: await buildTestApp(db) };
  sites.push(site);
  return site;
}

/** field1's work: entries with every field, device links, tasks, preferences, a notification. */
async function seed({ team }: Site): Promise<void> {
  const [north] = await team.as(
    'field1',
    `select building_id from api.buildings where building_name = 'North Plant'`,
  );
  const [south] = await team.as(
    'field1',
    `select building_id from api.buildings where building_name = 'South Annex'`,
  );
  const [t1] = await team.as(
    'field1',
    `insert into api.tickets (ticket_number, building_id) values ('T-100', $1) returning ticket_id`,
    [north?.building_id],
  );
  const [t2] = await team.as(
    'field2',
    `insert into api.tickets (ticket_number, building_id) values ('T-200', $1) returning ticket_id`,
    [south?.building_id],
  );
  const [e1] = await team.as(
    'field1',
    `insert into api.ticket_entries (ticket_id, job_name, job_date, job_start_time, job_end_time, job_description,
      job_materials_needed, job_access_needed, job_followup_required)
    values ($1, 'Replace filter, "quoted", =SUM(A1)', '2026-02-03', '08:00', '10:30', E'Line one\\nLine two, with comma', '2 filters', 'roof key', true)
    returning entry_id`,
    [t1?.ticket_id],
  );
  await team.as(
    'field1',
    `insert into api.entry_devices (entry_id, device_id)
    select $1, device_id from api.devices where device_name in ('AHU-1', 'Boiler 2')`,
    [e1?.entry_id],
  );
  await team.as(
    'field1',
    `insert into api.ticket_entries (ticket_id, job_name, job_date, job_materials_used, job_programming_changes)
    values ($1, 'Panel check', '2026-02-04', 'fuse', 'new setpoint')`,
    [t2?.ticket_id],
  );
  await team.as(
    'field2',
    `insert into api.ticket_entries (ticket_id, job_name, job_date) values ($1, 'Other person', '2026-02-03')`,
    [t2?.ticket_id],
  );
  await team.as(
    'field1',
    `insert into api.ticket_misc_entries (misc_name, misc_start_date, misc_start_time, misc_end_time)
    values ('Safety training', '2026-02-05', '13:00', '15:00'), ('Van cleanup', '2026-02-06', null, null)`,
  );
  await team.as(
    'field1',
    `update api.users set user_preferred_color = '#198754', user_preferred_timezone = 'Europe/Berlin',
    user_preferred_high_contrast = true, user_preferred_landing_page = 'calendar' where user_id = app.current_user_id()`,
  );
  await team.as(
    'admin1',
    `insert into api.notifications (recipient_user_id, title, message) values ($1, 'Hello', 'Welcome aboard')`,
    [team.ids.field1],
  );
}

async function exportMe(site: Site): Promise<CrewlogExport> {
  const response = await site.app.inject({
    method: 'GET',
    url: '/export/me.json',
    headers: await bearer(site.team.ids.field1),
  });
  expect(response.statusCode).toBe(200);
  return crewlogExport.parse(response.json());
}

/** What must survive a round trip: the work and the preferences, not the timestamps. */
function portable(data: CrewlogExport) {
  const { user_preferred_profile_picture: _, ...preferences } = data.preferences;
  return {
    preferences,
    entries: data.entries.map(({ created_at: _c, updated_at: _u, ...entry }) => entry),
    tasks: data.tasks.map(({ created_at: _c, ...task }) => task),
  };
}

let source: Site;
beforeAll(async () => {
  source = await openSite();
  await seed(source);
});
afterAll(async () => {
  for (const site of sites) {
    await site.app.close();
    await site.db.drop();
  }
});

describe('GET /export/me.json', () => {
  it('holds my profile, preferences, entries, tasks and notifications, and is logged', async () => {
    const data = await exportMe(source);
    expect(data.profile).toMatchObject({ alias: 'field1', email: 'field1@example.com' });
    expect(data.preferences.user_preferred_timezone).toBe('Europe/Berlin');
    expect(data.entries.map((e) => e.job_name)).toEqual([
      'Replace filter, "quoted", =SUM(A1)',
      'Panel check',
    ]);
    expect(data.entries[0]).toMatchObject({
      ticket_number: 'T-100',
      devices: ['AHU-1', 'Boiler 2'],
      job_start_time: '08:00:00',
    });
    expect(data.tasks).toHaveLength(2);
    expect(data.notifications).toMatchObject([
      { title: 'Hello', message: 'Welcome aboard', read_at: null },
    ]);
    const logs = await source.team.as(
      'field1',
      `select format, file_name, status, record_count from api.import_export_logs where direction = 'export'`,
    );
    expect(logs).toContainEqual({
      format: 'json',
      file_name: 'me.json',
      status: 'succeeded',
      record_count: 5,
    });
  });

  it('imports back into a fresh database without loss', async () => {
    const original = await exportMe(source);
    const target = await openSite();
    const { payload, headers } = multipartBody([
      { fileName: 'crewlog-me.json', data: JSON.stringify(original) },
    ]);
    const proposed = await target.app.inject({
      method: 'POST',
      url: '/import',
      payload,
      headers: { ...headers, ...(await bearer(target.team.ids.field1)) },
    });
    expect(proposed.statusCode).toBe(200);
    const { import_id, drafts, tasks } = proposed.json();
    expect(drafts.every((d: { building_id: number | null }) => d.building_id !== null)).toBe(true);
    const confirmed = await target.app.inject({
      method: 'POST',
      url: `/import/${import_id}/confirm`,
      payload: { drafts, tasks },
      headers: await bearer(target.team.ids.field1),
    });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json()).toEqual({
      tickets_created: 2,
      entries_created: 2,
      entry_ids: [expect.any(Number), expect.any(Number)],
      tasks_created: 2,
      preferences_restored: true,
    });
    expect(portable(await exportMe(target))).toEqual(portable(original));
  });
});

describe('GET /export/entries.csv', () => {
  async function csv(actor: 'field1' | 'manager1', query: string) {
    return source.app.inject({
      method: 'GET',
      url: `/export/entries.csv?${query}`,
      headers: await bearer(source.team.ids[actor]),
    });
  }

  it('gives a field user their own rows, escaped, formulas defused', async () => {
    const response = await csv('field1', 'from=2026-02-01&to=2026-02-28');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe(
      'entry_id,user_alias,job_date,job_start_time,job_end_time,ticket_number,building_name,job_name,job_description,job_materials_needed,job_materials_used,job_access_needed,job_programming_changes,job_followup_required',
    );
    expect(response.body).toContain(
      ',field1,2026-02-03,08:00:00,10:30:00,T-100,North Plant,"Replace filter, ""quoted"", =SUM(A1)","Line one\nLine two, with comma",2 filters,,roof key,,true',
    );
    expect(response.body).not.toContain('Other person');
  });

  it('gives a manager the team’s rows in the range', async () => {
    const response = await csv('manager1', 'from=2026-02-03&to=2026-02-03');
    expect(response.body).toContain('Other person');
    expect(response.body).not.toContain('Panel check');
  });

  it('refuses bad ranges', async () => {
    expect((await csv('field1', 'from=2026-02-10&to=2026-02-01')).statusCode).toBe(400);
    expect((await csv('field1', 'from=2026-02-30&to=2026-03-01')).statusCode).toBe(400);
    expect((await csv('field1', 'from=yesterday&to=2026-03-01')).statusCode).toBe(400);
    const anonymous = await source.app.inject({
      method: 'GET',
      url: '/export/entries.csv?from=2026-01-01&to=2026-01-02',
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
