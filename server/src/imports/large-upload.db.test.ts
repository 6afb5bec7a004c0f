import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../db/tests/team';
import { bearer } from '../../test/access-token';
import { multipartBody } from '../../test/multipart-body';
import { buildTestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { buildEml } from './fixtures/build-eml';

let db: TestDatabase;
let team: Team;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  app = await buildTestApp(db, { IMPORT_MAX_FILE_BYTES: String(4 * 1024 * 1024) });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

// The server's 1 MiB JSON body limit must not cap uploads: their own limits apply.
describe('upload limits', () => {
  it('accepts files above the JSON body limit up to IMPORT_MAX_FILE_BYTES', async () => {
    const attachment = Buffer.alloc(2 * 1024 * 1024, 1);
    const eml = await buildEml({
      subject: 'Ticket 5150 big attachment',
      date: new Date('2026-01-01T12:00:00Z'),
      text: 'see attached',
      attachments: [{ filename: 'scan.bin', content: attachment }],
    });
    expect(eml.length).toBeGreaterThan(2 * 1024 * 1024);
    const { payload, headers } = multipartBody([{ fileName: 'big.eml', data: eml }]);
    const response = await app.inject({
      method: 'POST',
      url: '/import',
      payload,
      headers: { ...headers, ...(await bearer(team.ids.field1)) },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().drafts[0].attachments[0]).toMatchObject({
      byte_size: attachment.length,
    });
  });
});
