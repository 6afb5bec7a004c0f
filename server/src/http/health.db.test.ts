import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

describe('GET /healthz', () => {
  it('answers ok when the database answers', async () => {
    const app = await buildTestApp(db);
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
    await app.close();
  });

  it('answers 503 with a reason, and no internals, when the database is gone', async () => {
    const app = await buildTestApp(db);
    await db.pool.end();
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      status: 'error',
      database: 'unreachable',
      reason: 'the database did not answer',
    });
    await app.close();
  });
});

describe('unknown routes and bad requests', () => {
  it('answer a clear 404 body', async () => {
    const app = await buildTestApp(db);
    const response = await app.inject({ method: 'GET', url: '/no/such/page?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      code: 'not_found',
      message: 'No route for GET /no/such/page',
    });
    await app.close();
  });
});
