import { SignJWT } from 'jose';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createFixtureDatabase, type TestDatabase } from '../../test/test-database';
import { urlForRole } from '../db/pools';
import { type StandaloneApi, startStandaloneApi } from './standalone';
import { FIXTURE_FILES, JWT_SECRET } from './testing';

let db: TestDatabase;
let api: StandaloneApi;
beforeAll(async () => {
  db = await createFixtureDatabase(FIXTURE_FILES);
  api = await startStandaloneApi({
    PGRST_DB_URI: urlForRole(db.ownerUrl, 'authenticator', inject('authenticatorPassword')),
    PGRST_DB_SCHEMAS: 'rest_api, rest_v2',
    PGRST_DB_ANON_ROLE: 'anon',
    PGRST_JWT_SECRET: JWT_SECRET,
    PGRST_DB_MAX_ROWS: '2',
    PGRST_DB_TX_END: 'rollback',
    PGRST_SERVER_PORT: '0',
  });
});
afterAll(async () => {
  await api.close();
  await db.drop();
});

it('serves the engine at the root with PostgREST settings', async () => {
  const response = await fetch(`${api.url}/items?select=id&order=id`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual([{ id: 1 }, { id: 2 }]);
  const v2 = await fetch(`${api.url}/things`, { headers: { 'Accept-Profile': 'rest_v2' } });
  expect(await v2.json()).toEqual([{ id: 1, label: 'v2 thing' }]);
  const openapi = await fetch(`${api.url}/`);
  expect(openapi.headers.get('content-type')).toContain('openapi');
  expect(await openapi.json()).toHaveProperty('swagger', '2.0');
});

it('ends every transaction with a rollback when so configured', async () => {
  const token = await new SignJWT({ role: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(JWT_SECRET));
  const response = await fetch(`${api.url}/clients`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: '{"name":"Transient"}',
  });
  expect(response.status).toBe(201);
  const { rows } = await db.owner.query("select 1 from rest_api.clients where name = 'Transient'");
  expect(rows).toHaveLength(0);
});

it('refuses an incomplete configuration', async () => {
  await expect(startStandaloneApi({ PGRST_DB_URI: 'postgres://x' })).rejects.toThrow();
});
