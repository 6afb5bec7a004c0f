import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../db/tests/team';
import { bearer } from '../../test/access-token';
import { type FilePart, multipartBody } from '../../test/multipart-body';
import { buildTestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import {
  chillerEml,
  outlookMsg,
  SAMPLE_BUILDINGS,
  scriptedHtmlEml,
} from './fixtures/sample-messages';

let db: TestDatabase;
let team: Team;
let app: FastifyInstance;
const buildingIds: number[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  for (const b of SAMPLE_BUILDINGS) {
    const [row] = await team.as(
      'manager1',
      'insert into api.buildings (building_name, building_address) values ($1, $2) returning building_id',
      [b.building_name, b.building_address],
    );
    buildingIds.push(Number(row?.building_id));
  }
  app = await buildTestApp(db, { IMPORT_MAX_FILE_BYTES: String(64 * 1024) });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function postImport(userId: number, parts: FilePart[]) {
  const { payload, headers } = multipartBody(parts);
  return app.inject({
    method: 'POST',
    url: '/import',
    payload,
    headers: { ...headers, ...(await bearer(userId)) },
  });
}

async function confirm(userId: number, importId: string, body: unknown) {
  return app.inject({
    method: 'POST',
    url: `/import/${importId}/confirm`,
    payload: body as object,
    headers: await bearer(userId),
  });
}

/** Everything an import could have written, counted behind RLS. */
async function footprint() {
  const { rows } = await db.owner.query(`select
    (select count(*) from app.tickets)::int as tickets, (select count(*) from app.ticket_entries)::int as entries,
    (select count(*) from app.import_batches)::int as batches,
    (select count(*) from app.import_export_logs where status <> 'failed')::int as logs`);
  return rows[0];
}

describe('POST /import and confirm', () => {
  it('proposes drafts from .eml and .msg files and writes them on confirm', async () => {
    const response = await postImport(team.ids.field1, [
      { fileName: 'chiller.eml', data: await chillerEml() },
      { fileName: 'door.eml', data: await scriptedHtmlEml() },
      { fileName: 'panel.msg', data: outlookMsg() },
    ]);
    expect(response.statusCode).toBe(200);
    const { import_id, drafts } = response.json();
    expect(import_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(drafts).toHaveLength(3);
    expect(drafts[0]).toMatchObject({
      ticket_number: '12345',
      building_id: buildingIds[0],
      job_name: 'Kältemaschine defekt — #12345 North Plant',
      job_date: '2026-03-05',
      job_start_time: '08:30', // field1 lives in America/Los_Angeles
      source_file: 'chiller.eml',
      warnings: ['1 attachment(s) not imported'],
      attachments: [{ file_name: 'nameplate.jpg', content_type: 'image/jpeg', byte_size: 2048 }],
    });
    expect(drafts[1]).toMatchObject({
      ticket_number: 'WO-777',
      building_id: buildingIds[1],
      job_date: '2026-07-01',
      job_start_time: '16:15',
    });
    expect(drafts[1].job_description).not.toMatch(/script|evil|</);
    expect(drafts[2]).toMatchObject({
      ticket_number: '4711',
      building_id: buildingIds[0],
      job_start_time: '06:05',
    });

    const [pending] = await team.as(
      'field1',
      `select count(*)::int as n from api.import_export_logs where status = 'pending'`,
    );
    expect(pending?.n).toBe(3);

    const reread = await app.inject({
      method: 'GET',
      url: `/import/${import_id}`,
      headers: await bearer(team.ids.field1),
    });
    expect(reread.json()).toMatchObject({ import_id, drafts, confirmed_at: null });
    const stranger = await app.inject({
      method: 'GET',
      url: `/import/${import_id}`,
      headers: await bearer(team.ids.admin1),
    });
    expect(stranger.statusCode).toBe(404);

    drafts[1].job_end_time = '18:00';
    const created = await confirm(team.ids.field1, import_id, { drafts: drafts.slice(0, 2) });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ tickets_created: 2, entries_created: 2 });

    const entries = await team.as(
      'field1',
      `select e.job_name, e.job_description, e.job_start_time, e.job_end_time, t.ticket_number
      from api.ticket_entries e join api.tickets t using (ticket_id) order by e.entry_id`,
    );
    expect(entries).toEqual([
      {
        job_name: drafts[0].job_name,
        job_description: drafts[0].job_description,
        job_start_time: '08:30:00',
        job_end_time: null,
        ticket_number: '12345',
      },
      {
        job_name: drafts[1].job_name,
        job_description: drafts[1].job_description,
        job_start_time: '16:15:00',
        job_end_time: '18:00:00',
        ticket_number: 'WO-777',
      },
    ]);
    const logs = await team.as(
      'field1',
      'select file_name, status, record_count from api.import_export_logs order by log_id',
    );
    expect(logs).toEqual([
      { file_name: 'chiller.eml', status: 'succeeded', record_count: 1 },
      { file_name: 'door.eml', status: 'succeeded', record_count: 1 },
      { file_name: 'panel.msg', status: 'succeeded', record_count: 0 },
    ]);
    const [history] = await db.owner
      .query(
        `select count(*)::int as n from app.history where table_name in ('import_batches', 'import_export_logs')`,
      )
      .then((r) => r.rows);
    expect(history?.n).toBeGreaterThanOrEqual(7);

    expect((await confirm(team.ids.field1, import_id, { drafts })).statusCode).toBe(404);

    const seenBy = async (actor: 'field2' | 'admin1') =>
      (
        await team.as(
          actor,
          'select count(*)::int as n from api.import_export_logs where user_id = $1',
          [team.ids.field1],
        )
      )[0]?.n;
    expect(await seenBy('field2')).toBe(0);
    expect(await seenBy('admin1')).toBe(3);
  });

  it('reuses an existing ticket and takes its building', async () => {
    const response = await postImport(team.ids.field2, [
      { fileName: 'again.eml', data: await chillerEml() },
    ]);
    const { import_id, drafts } = response.json();
    expect(drafts[0].building_id).toBe(buildingIds[0]);
    const created = await confirm(team.ids.field2, import_id, { drafts });
    expect(created.json()).toMatchObject({ tickets_created: 0, entries_created: 1 });
  });

  it('keeps imports private to their owner', async () => {
    const { import_id, drafts } = (
      await postImport(team.ids.field1, [{ fileName: 'p.msg', data: outlookMsg() }])
    ).json();
    expect((await confirm(team.ids.field2, import_id, { drafts })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/import' })).statusCode).toBe(401);
  });

  it('writes all or nothing: one refused draft leaves no trace', async () => {
    const before = await footprint();
    const { import_id, drafts } = (
      await postImport(team.ids.field1, [
        { fileName: 'p.msg', data: outlookMsg() },
        { fileName: 'c.eml', data: await chillerEml() },
      ])
    ).json();
    drafts[0].ticket_number = 'NEW-1';
    drafts[0].building_id = null;
    const refused = await confirm(team.ids.field1, import_id, { drafts });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().message).toMatch(/^drafts\[0\] \(p\.msg, ticket NEW-1\): .*building_id/);
    const after = await footprint();
    expect({ ...after, batches: before?.batches, logs: before?.logs }).toEqual(before);

    const wrongTypes = await confirm(team.ids.field1, import_id, {
      drafts: [{ ...drafts[1], job_date: 'yesterday' }],
    });
    expect(wrongTypes.statusCode).toBe(422);
    expect(wrongTypes.json()).toMatchObject({
      code: 'invalid_drafts',
      message: expect.stringMatching(/^drafts\.0\.job_date/),
    });
  });

  it('refuses hostile and unreadable files with 422 naming the file, writing nothing', async () => {
    const before = await footprint();
    const eml = await chillerEml();
    const cases: [FilePart, RegExp][] = [
      [{ fileName: 'cut.msg', data: outlookMsg().subarray(0, 1200) }, /^cut\.msg: /],
      [{ fileName: 'cut.eml', data: eml.subarray(0, eml.length - 100) }, /^cut\.eml: .*truncated/],
      [
        { fileName: 'invoice.eml', data: Buffer.from('MZ\x90\x00\x03\x00\x00\x00') },
        /invoice\.eml: the content is a program/,
      ],
      [
        {
          fileName: 'x.json',
          data: Buffer.from('{"format":"crewlog-export","version":1,"surprise":true}'),
        },
        /x\.json: not a Crewlog export/,
      ],
      [
        { fileName: 'y.json', data: Buffer.from('{not json') },
        /y\.json: the file is not valid JSON/,
      ],
    ];
    for (const [part, reason] of cases) {
      const response = await postImport(team.ids.field2, [
        { fileName: 'fine.eml', data: eml },
        part,
      ]);
      expect(response.statusCode, part.fileName).toBe(422);
      expect(response.json().code).toBe('unreadable_file');
      expect(response.json().message).toMatch(reason);
    }
    const big = await postImport(team.ids.field2, [
      { fileName: 'big.eml', data: Buffer.alloc(100 * 1024, 'a') },
    ]);
    expect(big.statusCode).toBe(413);
    expect(big.json().message).toMatch(/big\.eml/);
    expect(await footprint()).toEqual(before);
    const failed = await team.as(
      'field2',
      `select file_name, error from api.import_export_logs where status = 'failed' order by log_id`,
    );
    expect(failed.map((row) => row.file_name)).toEqual([
      'cut.msg',
      'cut.eml',
      'invoice.eml',
      'x.json',
      'y.json',
    ]);
  });
});
