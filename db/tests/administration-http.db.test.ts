import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../server/test/test-app';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database';
import { type Actor, createTeam, type Team } from './team';

// The admin functions as the web app calls them: POST /api/rpc/… with a signed-in user's
// token. Refusals and hostile input answer a 4xx JSON error body, never a 500.

let db: TestDatabase;
let team: Team;
let app: FastifyInstance;
const tokens = {} as Record<Actor, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  app = await buildTestApp(db);
  for (const actor of ['admin1', 'manager1', 'field1'] as const) {
    const login = await app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email: `${actor}@example.com`, password: 'correct horse battery' },
    });
    expect(login.statusCode).toBe(200);
    tokens[actor] = login.json().access_token;
  }
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const rpc = (actor: Actor, fn: string, payload: unknown) =>
  app.inject({
    method: 'POST',
    url: `/api/rpc/${fn}`,
    headers: { authorization: `Bearer ${tokens[actor]}`, 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });

describe('admin functions over the data API', () => {
  it('an admin changes a role and reads the system status', async () => {
    const role = await rpc('admin1', 'set_user_role', {
      user_id: team.ids.field2,
      role: 'manager',
    });
    expect(role.statusCode).toBe(200);
    expect(role.json()).toBe('manager');
    const status = await rpc('admin1', 'system_status', {});
    expect(status.statusCode).toBe(200);
    expect(status.json()[0].database_size_bytes).toBeGreaterThan(0);
  });

  it.each(['manager1', 'field1'] as const)('%s is refused with 403 and 42501', async (actor) => {
    for (const [fn, payload] of [
      ['set_user_role', { user_id: team.ids.field2, role: 'admin' }],
      ['set_user_active', { user_id: team.ids.field2, active: false }],
      ['revoke_user_sessions', { user_id: team.ids.admin1 }],
      ['issue_terms_update', { title: 'New terms' }],
      ['history_facets', {}],
      ['system_status', {}],
    ] as const) {
      const response = await rpc(actor, fn, payload);
      expect(response.statusCode, fn).toBe(403);
      expect(response.json().code, fn).toBe('42501');
    }
  });

  it('answers hostile input with a 4xx JSON error', async () => {
    const cases: [string, unknown, number, string][] = [
      ['set_user_role', { user_id: 'one', role: 'admin' }, 400, '22P02'],
      ['set_user_role', { user_id: 987654321, role: 'admin' }, 404, 'PT404'],
      ['set_user_role', { user_id: team.ids.field2, role: 'root' }, 400, '22023'],
      ['set_user_active', { user_id: team.ids.admin1, active: false }, 409, 'PT409'],
      ['set_user_active', { user_id: team.ids.field2, active: 'maybe' }, 400, '22P02'],
      ['revoke_user_sessions', { user_id: [1, 2] }, 400, '22P02'],
      ['issue_terms_update', { title: 'x'.repeat(201) }, 400, '23514'],
      ['issue_terms_update', { title: 'Terms', message: 'x'.repeat(100_000) }, 400, '23514'],
    ];
    for (const [fn, payload, status, code] of cases) {
      const response = await rpc('admin1', fn, payload);
      expect(response.statusCode, `${fn} ${JSON.stringify(payload).slice(0, 60)}`).toBe(status);
      expect(response.json().code).toBe(code);
    }
  });

  it('refuses an anonymous caller with 401', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/rpc/system_status',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(response.statusCode).toBe(401);
  });
});
