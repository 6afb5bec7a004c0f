import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createWork, type Team } from '../../db/tests/team';
import { buildTestApp } from '../test/test-app';
import { createTestDatabase, type TestDatabase } from '../test/test-database';

// The whole application: sign in through /auth, work through /api, sign out, refused.

let db: TestDatabase;
let team: Team;
let app: Awaited<ReturnType<typeof buildTestApp>>;

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  await createWork(team);
  app = await buildTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function login(actor: string, device = 'phone') {
  const response = await app.inject({
    method: 'POST',
    url: '/auth/login',
    payload: {
      email: `${actor}@example.com`,
      password: 'correct horse battery',
      device_info: device,
    },
  });
  expect(response.statusCode).toBe(200);
  return { authorization: `Bearer ${response.json().access_token}` };
}

describe('the data API behind the auth server', () => {
  it('serves a signed-in field user their own entries only, decrypted', async () => {
    const headers = await login('field1');
    const response = await app.inject({
      method: 'GET',
      url: '/api/ticket_entries?select=job_name,user_id,tickets(ticket_number)&order=entry_id',
      headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([
      {
        job_name: 'job of field1',
        user_id: team.ids.field1,
        tickets: { ticket_number: 'T-field1' },
      },
    ]);
  });

  it('refuses the token at once after logout, with PostgREST’s 401 shape', async () => {
    const headers = await login('field2');
    const logout = await app.inject({ method: 'POST', url: '/auth/logout', headers });
    expect(logout.statusCode).toBe(204);
    const response = await app.inject({ method: 'GET', url: '/api/ticket_entries', headers });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ message: 'this session has ended; sign in again' });
  });

  it('answers anonymous reads of private views with 401 and a clear body', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/ticket_entries' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(response.json()).toHaveProperty('code', '42501');
  });

  it('answers a manager’s soft delete with 204 and keeps the row for the history', async () => {
    const headers = await login('manager1');
    const [entry] = await team.as('field1', 'select entry_id from api.ticket_entries');
    const response = await app.inject({
      method: 'DELETE',
      url: `/api/ticket_entries?entry_id=eq.${entry?.entry_id}`,
      headers,
    });
    expect(response.statusCode).toBe(204);
    const kept = await db.owner.query(
      'select deleted_by from app.ticket_entries where entry_id = $1',
      [entry?.entry_id],
    );
    expect(Number(kept.rows[0].deleted_by)).toBe(team.ids.manager1);
  });

  it('gives an entry’s author its change history through rpc/entry_history', async () => {
    const headers = await login('manager2');
    const [entry] = await team.as(
      'manager2',
      'select entry_id from api.ticket_entries where user_id = $1',
      [team.ids.manager2],
    );
    await team.as(
      'manager2',
      `update api.ticket_entries set job_materials_used = 'belt' where entry_id = $1`,
      [entry?.entry_id],
    );
    const response = await app.inject({
      method: 'GET',
      url: `/api/rpc/entry_history?entry_id=${entry?.entry_id}&select=action,changes&limit=20`,
      headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()[0]).toMatchObject({
      action: 'update',
      changes: { job_materials_used: { old: null, new: 'belt' } },
    });
  });
});
