import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../db/tests/team';
import { bearer } from '../../test/access-token';
import { multipartBody } from '../../test/multipart-body';
import { buildTestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { JobRunner } from '../jobs/job-runner';
import { eventually, startTestRunner } from '../jobs/testing/job-fixtures';
import { plainEml } from './fixtures/sample-messages';

let db: TestDatabase;
let team: Team;
let app: FastifyInstance;
let runner: JobRunner | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  await team.as('manager1', `insert into api.buildings (building_name) values ('North Plant')`);
  app = await buildTestApp(db);
});
afterAll(async () => {
  await runner?.stop();
  await app?.close();
  await db?.drop();
});

async function propose(userId: number, index: number) {
  const { payload, headers } = multipartBody([
    { fileName: `inspection-${index}.eml`, data: await plainEml(index) },
  ]);
  const response = await app.inject({
    method: 'POST',
    url: '/import',
    payload,
    headers: { ...headers, ...(await bearer(userId)) },
  });
  return response.json() as { import_id: string; drafts: unknown[] };
}

const batchIds = async () =>
  (await db.owner.query('select import_id from app.import_batches order by created_at')).rows.map(
    (row) => row.import_id as string,
  );

describe('purge_unconfirmed_imports (cron)', () => {
  it('forgets unconfirmed imports older than the configured age and closes their logs', async () => {
    const stale = await propose(team.ids.field1, 1);
    const confirmedOld = await propose(team.ids.field1, 2);
    const created = await app.inject({
      method: 'POST',
      url: `/import/${confirmedOld.import_id}/confirm`,
      payload: { drafts: confirmedOld.drafts },
      headers: await bearer(team.ids.field1),
    });
    expect(created.statusCode).toBe(201);
    const fresh = await propose(team.ids.field2, 3);
    await db.owner.query(
      `update app.import_batches set created_at = now() - interval '73 hours'
        where import_id = any($1)`,
      [[stale.import_id, confirmedOld.import_id]],
    );

    runner = (await startTestRunner(db)).runner;
    await db.owner.query(`select app.enqueue_job('purge_unconfirmed_imports', '{}')`);
    await eventually(async () => ((await batchIds()).includes(stale.import_id) ? undefined : true));
    expect(await batchIds()).toEqual([confirmedOld.import_id, fresh.import_id]);

    const logs = await team.as(
      'field1',
      'select file_name, status, error from api.import_export_logs order by log_id',
    );
    expect(logs).toEqual([
      { file_name: 'inspection-1.eml', status: 'failed', error: 'not confirmed in time' },
      { file_name: 'inspection-2.eml', status: 'succeeded', error: null },
    ]);
    const gone = await app.inject({
      method: 'GET',
      url: `/import/${stale.import_id}`,
      headers: await bearer(team.ids.field1),
    });
    expect(gone.statusCode).toBe(404);
  });
});
