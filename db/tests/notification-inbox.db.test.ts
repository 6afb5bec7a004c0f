import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../server/test/access-token';
import { buildTestApp } from '../../server/test/test-app';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database';
import { type Actor, createTeam, type Team } from './team';

let db: TestDatabase;
let team: Team;
let app: FastifyInstance;
const sent: Record<string, number> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  app = await buildTestApp(db);
  const [managers] = await team.as(
    'admin1',
    `select group_id from api.groups where group_name = 'manager'`,
  );
  const send = async (title: string, audience: string, value: unknown) => {
    const [row] = await team.as(
      'admin1',
      `insert into api.notifications (${audience}, title, message) values ($1, $2, 'body of ' || $2)
       returning notification_id`,
      [value, title],
    );
    sent[title] = Number(row?.notification_id);
  };
  await send('to field1', 'recipient_user_id', team.ids.field1);
  await send('to field2', 'recipient_user_id', team.ids.field2);
  await send('to managers', 'recipient_group_id', managers?.group_id);
  await send('to everyone', 'is_site_wide', true);
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const inbox = async (actor: Actor) =>
  (
    await team.as(
      actor,
      `select n.title, n.read_at is not null as read from api.notifications n
        where api.addressed_to_me(n) order by n.notification_id`,
    )
  ).map((r) => `${r.title}${r.read ? ' (read)' : ''}`);

describe('the inbox (api.addressed_to_me)', () => {
  it('holds what was addressed to each person, also for admins who may read everything', async () => {
    expect(await inbox('field1')).toEqual(['to field1', 'to everyone']);
    expect(await inbox('manager2')).toEqual(['to managers', 'to everyone']);
    expect(await inbox('admin2')).toEqual(['to everyone']);
    const all = await team.as('admin2', 'select count(*)::int as n from api.notifications');
    expect(all[0]?.n).toBe(4);
  });

  it('filters through the data API like a column', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/notifications?select=title,message&addressed_to_me=is.true&order=notification_id',
      headers: await bearer(team.ids.admin1),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([{ title: 'to everyone', message: 'body of to everyone' }]);
  });

  it('answers a malformed filter with a clear 400', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/notifications?addressed_to_me=eq.perhaps',
      headers: await bearer(team.ids.field1),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toHaveProperty('code');
  });
});

describe('reading and dismissing', () => {
  it('marks one notification read or dismissed for its reader only, through PATCH', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/notifications?notification_id=eq.${sent['to everyone']}`,
      headers: {
        ...(await bearer(team.ids.field2)),
        'content-type': 'application/json',
        prefer: 'return=representation',
      },
      payload: { dismissed_at: new Date().toISOString() },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()[0].dismissed_at).not.toBeNull();
    const [other] = await team.as(
      'field1',
      'select dismissed_at from api.notifications where notification_id = $1',
      [sent['to everyone']],
    );
    expect(other?.dismissed_at).toBeNull();
  });

  it('refuses to mark a notification the reader may not see', async () => {
    const { rows, error } = await team.attempt(
      'field1',
      'update api.notifications set read_at = now() where notification_id = $1 returning 1',
      [sent['to field2']],
    );
    expect(error).toBeUndefined();
    expect(rows).toHaveLength(0);
    const receipts = await db.owner.query(
      'select 1 from app.notification_receipts where notification_id = $1 and user_id = $2',
      [sent['to field2'], team.ids.field1],
    );
    expect(receipts.rowCount).toBe(0);
  });
});

describe('api.mark_all_notifications_read', () => {
  it("marks the caller's whole inbox read once, and nobody else's", async () => {
    const [first] = await team.as('manager1', 'select api.mark_all_notifications_read() as n');
    expect(first?.n).toBe(2);
    expect(await inbox('manager1')).toEqual(['to managers (read)', 'to everyone (read)']);
    expect(await inbox('manager2')).toEqual(['to managers', 'to everyone']);
    const [again] = await team.as('manager1', 'select api.mark_all_notifications_read() as n');
    expect(again?.n).toBe(0);
  });

  it('leaves admins without receipts for what others were sent', async () => {
    await team.as('admin2', 'select api.mark_all_notifications_read()');
    const receipts = await db.owner.query(
      'select notification_id from app.notification_receipts where user_id = $1',
      [team.ids.admin2],
    );
    expect(receipts.rows.map((r) => Number(r.notification_id))).toEqual([sent['to everyone']]);
  });

  it('answers 401 to the anonymous role and takes no arguments', async () => {
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/rpc/mark_all_notifications_read',
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('42501');
    const junk = await app.inject({
      method: 'POST',
      url: '/api/rpc/mark_all_notifications_read',
      headers: { ...(await bearer(team.ids.field1)), 'content-type': 'application/json' },
      payload: { user_id: team.ids.field2 },
    });
    expect(junk.statusCode).toBe(404);
    expect(await inbox('field2')).toEqual(['to field2', 'to everyone']);
  });

  it('works over the data API for a signed-in person', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/rpc/mark_all_notifications_read',
      headers: await bearer(team.ids.field1),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toBe(2);
    expect(await inbox('field1')).toEqual(['to field1 (read)', 'to everyone (read)']);
  });
});
