import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../db/tests/team';
import { bearer } from '../../test/access-token';
import { type FilePart, multipartBody } from '../../test/multipart-body';
import { buildTestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { JobRunner } from '../jobs/job-runner';
import { eventually, startTestRunner } from '../jobs/testing/job-fixtures';
import {
  chillerEml,
  outlookMsg,
  SAMPLE_BUILDINGS,
  scriptedHtmlEml,
} from './fixtures/sample-messages';

let db: TestDatabase;
let team: Team;
let app: FastifyInstance;
let runner: JobRunner | undefined;
let listener: pg.Client;
const hints: { table: string; op: string; id: string }[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  for (const b of SAMPLE_BUILDINGS) {
    await team.as(
      'manager1',
      'insert into api.buildings (building_name, building_address) values ($1, $2)',
      [b.building_name, b.building_address],
    );
  }
  app = await buildTestApp(db, { IMPORT_BACKGROUND_ABOVE_FILES: '1' });
  listener = new pg.Client({ connectionString: db.ownerUrl });
  await listener.connect();
  listener.on('notification', (message) => hints.push(JSON.parse(message.payload ?? '{}')));
  await listener.query('listen crewlog_events');
});
afterAll(async () => {
  await runner?.stop();
  await listener?.end();
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

async function getImport(userId: number, importId: string) {
  return app.inject({
    method: 'GET',
    url: `/import/${importId}`,
    headers: await bearer(userId),
  });
}

const progressOf = async (actor: 'field1' | 'field2' | 'admin1', importId: string) =>
  (
    await team.as(
      actor,
      'select status, files_total, files_parsed, error from api.import_progress where import_id = $1',
      [importId],
    )
  )[0];

const storedFiles = async (importId: string) =>
  (
    await db.owner.query('select count(*)::int as n from app.import_uploads where import_id = $1', [
      importId,
    ])
  ).rows[0]?.n;

const finished = (importId: string) =>
  eventually(async () => {
    const progress = await progressOf('field1', importId);
    return progress?.status === 'parsing' ? undefined : progress;
  }, 20_000);

describe('background imports', () => {
  let importId: string;

  it('answers 202 and keeps the files (encrypted) for the job, visible to owner and admins only', async () => {
    const response = await postImport(team.ids.field1, [
      { fileName: 'chiller.eml', data: await chillerEml() },
      { fileName: 'door.eml', data: await scriptedHtmlEml() },
      { fileName: 'panel.msg', data: outlookMsg() },
    ]);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({ status: 'parsing', files_total: 3, files_parsed: 0 });
    importId = response.json().import_id;

    expect(await progressOf('field1', importId)).toMatchObject({ status: 'parsing' });
    expect(await progressOf('admin1', importId)).toMatchObject({ files_total: 3 });
    expect(await progressOf('field2', importId)).toBeUndefined();
    expect((await getImport(team.ids.field2, importId)).statusCode).toBe(404);
    expect(await team.as('field2', 'select * from app.import_uploads')).toEqual([]);

    const { rows } = await db.owner.query(
      'select content_enc from app.import_uploads where import_id = $1 order by position',
      [importId],
    );
    expect(rows).toHaveLength(3);
    expect(rows[0].content_enc.toString('latin1')).not.toContain('Kältemaschine');

    const waiting = await getImport(team.ids.field1, importId);
    expect(waiting.json()).toMatchObject({ status: 'parsing', drafts: [], confirmed_at: null });
    const early = await app.inject({
      method: 'POST',
      url: `/import/${importId}/confirm`,
      payload: { drafts: [] },
      headers: await bearer(team.ids.field1),
    });
    expect(early.statusCode).toBe(404);
  });

  it('the job reads every file, step by step, and the proposal can be confirmed', async () => {
    runner = (await startTestRunner(db)).runner;
    expect(await finished(importId)).toEqual({
      status: 'ready',
      files_total: 3,
      files_parsed: 3,
      error: null,
    });
    expect(await storedFiles(importId)).toBe(0);
    const steps = hints.filter((h) => h.table === 'import_progress' && h.id === importId);
    expect(steps.length).toBeGreaterThanOrEqual(4); // queued, three files, ready

    const ready = (await getImport(team.ids.field1, importId)).json();
    expect(ready.status).toBe('ready');
    expect(ready.drafts.map((d: { ticket_number: string }) => d.ticket_number)).toEqual([
      '12345',
      'WO-777',
      '4711',
    ]);
    expect(ready.drafts[0].job_start_time).toBe('08:30'); // the importer's timezone
    const logs = await team.as(
      'field1',
      `select file_name, status from api.import_export_logs order by log_id`,
    );
    expect(logs).toEqual([
      { file_name: 'chiller.eml', status: 'pending' },
      { file_name: 'door.eml', status: 'pending' },
      { file_name: 'panel.msg', status: 'pending' },
    ]);

    const created = await app.inject({
      method: 'POST',
      url: `/import/${importId}/confirm`,
      payload: { drafts: ready.drafts },
      headers: await bearer(team.ids.field1),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ entries_created: 3 });
    const ids = created.json().entry_ids;
    const mine = await team.as(
      'field1',
      'select entry_id::int from api.ticket_entries where entry_id = any($1) order by entry_id',
      [ids],
    );
    expect(mine.map((row) => row.entry_id)).toEqual(ids);
  });

  it('refuses files that are not what they claim at once, and fails the import on one the job cannot read', async () => {
    const eml = await chillerEml();
    const refused = await postImport(team.ids.field2, [
      { fileName: 'fine.eml', data: eml },
      { fileName: 'invoice.eml', data: Buffer.from('MZ\x90\x00\x03\x00\x00\x00') },
    ]);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'unreadable_file',
      message: expect.stringMatching(/^invoice\.eml: the content is a program/),
    });
    const wrongName = await postImport(team.ids.field2, [
      { fileName: 'fine.eml', data: eml },
      { fileName: 'notes.txt', data: Buffer.from('hello') },
    ]);
    expect(wrongName.statusCode).toBe(422);
    expect(await team.as('field2', 'select * from api.import_progress')).toEqual([]);

    const accepted = await postImport(team.ids.field2, [
      { fileName: 'fine.eml', data: eml },
      { fileName: 'cut.eml', data: eml.subarray(0, eml.length - 100) },
    ]);
    expect(accepted.statusCode).toBe(202);
    const id = accepted.json().import_id;
    const outcome = await eventually(async () => {
      const progress = await progressOf('field2', id);
      return progress?.status === 'parsing' ? undefined : progress;
    }, 20_000);
    expect(outcome).toMatchObject({ status: 'failed', files_parsed: 1 });
    expect(outcome?.error).toMatch(/^cut\.eml: .*truncated/);
    expect(await storedFiles(id)).toBe(0);
    const failed = await team.as(
      'field2',
      `select file_name, status from api.import_export_logs where status = 'failed'`,
    );
    expect(failed).toContainEqual({ file_name: 'cut.eml', status: 'failed' });
    const confirm = await app.inject({
      method: 'POST',
      url: `/import/${id}/confirm`,
      payload: { drafts: [] },
      headers: await bearer(team.ids.field2),
    });
    expect(confirm.statusCode).toBe(404);
  });

  it('lets nobody move progress or put files into another user’s import', async () => {
    await expect(
      team.as('field2', `update app.import_progress set status = 'ready' where import_id = $1`, [
        importId,
      ]),
    ).resolves.toEqual([]);
    expect(await progressOf('field1', importId)).toMatchObject({ status: 'ready' });
    await expect(
      team.as(
        'field2',
        `insert into app.import_uploads (import_id, position, file_name, content_enc)
         values ($1, 9, 'x.eml', '\\x00')`,
        [importId],
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      team.as('admin1', `select app.purge_unconfirmed_imports('1 hour')`),
    ).rejects.toThrow(/permission denied/);
  });
});
