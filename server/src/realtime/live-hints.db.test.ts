import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, createTeam, type Team } from '../../../db/tests/team';
import { buildTestApp, TEST_JWT_SECRET } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import {
  createSession,
  mintAccessToken,
  openReadySocket,
  type TestSocket,
} from './testing/test-socket';

let db: TestDatabase;
let team: Team;
let appA: FastifyInstance;
let appB: FastifyInstance;
let urlA: string;
let urlB: string;
const sockets = {} as Record<Actor, TestSocket>;

async function listen(app: FastifyInstance): Promise<string> {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return `${address.replace('http', 'ws')}/ws`;
}

async function signIn(actor: Actor, url: string): Promise<TestSocket> {
  const sid = await createSession(db.owner, team.ids[actor]);
  const token = await mintAccessToken(TEST_JWT_SECRET, { sub: team.ids[actor], sid });
  return openReadySocket(url, token);
}

const hintOf = (table: string, id: unknown) => (m: Record<string, unknown>) =>
  m.type === 'change' && m.table === table && String(m.id) === String(id);

/** Every socket has had its chance at the hints routed so far. */
async function settled() {
  await new Promise((resolve) => setTimeout(resolve, 100));
  await Promise.all([appA.realtime.router.idle(), appB.realtime.router.idle()]);
}

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  appA = await buildTestApp(db);
  appB = await buildTestApp(db);
  urlA = await listen(appA);
  urlB = await listen(appB);
  for (const actor of ['field1', 'field2', 'manager1', 'manager2', 'admin1'] as Actor[]) {
    sockets[actor] = await signIn(actor, urlA);
  }
  sockets.admin2 = await signIn('admin2', urlB);
});

afterAll(async () => {
  await appA?.close();
  await appB?.close();
  await db?.drop();
});

describe('change hints reach only the sockets whose users may see the row', () => {
  it('sends a job alert raised by an entry to its owner, the managers and the admins, not to another field user', async () => {
    const [building] = await team.as(
      'manager1',
      `insert into api.buildings (building_name) values ('Depot') returning building_id`,
    );
    const [ticket] = await team.as(
      'field1',
      `insert into api.tickets (ticket_number, building_id) values ('T-LIVE-1', $1) returning ticket_id`,
      [building?.building_id],
    );
    await team.as(
      'field1',
      `insert into api.ticket_entries (ticket_id, job_name, job_date, job_start_time, job_end_time, job_followup_required)
       values ($1, 'check valve', current_date, '08:00', '09:00', true)`,
      [ticket?.ticket_id],
    );
    const { rows } = await db.owner.query(
      `select alert_id from app.alerts where alert_type = 'job' order by alert_id desc limit 1`,
    );
    const alertId = rows[0]?.alert_id;
    for (const actor of ['field1', 'manager1', 'manager2', 'admin1', 'admin2'] as Actor[]) {
      await sockets[actor].waitFor(hintOf('alerts', alertId));
    }
    await settled();
    expect(sockets.field2.messages.filter(hintOf('alerts', alertId))).toEqual([]);
  });

  it('sends an admin-only security alert to the admins only', async () => {
    const { rows } = await db.owner.query(
      `insert into app.alerts (alert_type, severity, title) values ('security', 'critical', 'Repeated failed logins')
       returning alert_id`,
    );
    const alertId = rows[0]?.alert_id;
    await sockets.admin1.waitFor(hintOf('alerts', alertId));
    await sockets.admin2.waitFor(hintOf('alerts', alertId));
    await settled();
    for (const actor of ['field1', 'field2', 'manager1', 'manager2'] as Actor[]) {
      expect(sockets[actor].messages.filter(hintOf('alerts', alertId))).toEqual([]);
    }
  });

  it('sends a group notification to exactly the group’s members', async () => {
    const [group] = await team.as(
      'admin1',
      `insert into api.groups (group_name) values ('North crew') returning group_id`,
    );
    await team.as(
      'admin1',
      `insert into api.user_groups (user_id, group_id) values ($1, $3), ($2, $3)`,
      [team.ids.field1, team.ids.manager1, group?.group_id],
    );
    const [notification] = await team.as(
      'admin1',
      `insert into api.notifications (recipient_group_id, title, message) values ($1, 'Crew meeting', 'At 7')
       returning notification_id`,
      [group?.group_id],
    );
    const id = notification?.notification_id;
    await sockets.field1.waitFor(hintOf('notifications', id));
    await sockets.manager1.waitFor(hintOf('notifications', id));
    await settled();
    for (const actor of ['field2', 'manager2', 'admin1', 'admin2'] as Actor[]) {
      expect(sockets[actor].messages.filter(hintOf('notifications', id))).toEqual([]);
    }
  });

  it('delivers a change to the sockets of every instance on the database', async () => {
    const onA = await signIn('admin1', urlA);
    const onB = await signIn('admin1', urlB);
    const [building] = await team.as(
      'admin1',
      `insert into api.buildings (building_name) values ('West Yard') returning building_id`,
    );
    await onA.waitFor(hintOf('buildings', building?.building_id));
    await onB.waitFor(hintOf('buildings', building?.building_id));
    expect(onB.messages.find(hintOf('buildings', building?.building_id))).toEqual({
      type: 'change',
      table: 'buildings',
      op: 'INSERT',
      id: Number(building?.building_id),
    });
  });
});

describe('sessions', () => {
  it('closes the socket of a revoked session with 4401', async () => {
    const sid = await createSession(db.owner, team.ids.field2);
    const token = await mintAccessToken(TEST_JWT_SECRET, { sub: team.ids.field2, sid });
    const socket = await openReadySocket(urlB, token);
    await db.owner.query(
      `update app.user_sessions set is_active = false, revoked_at = now() where session_id = $1`,
      [sid],
    );
    expect((await socket.closed).code).toBe(4401);
  });

  it('closes an expired session’s socket on the periodic check', async () => {
    const app = await buildTestApp(db, { REALTIME_SESSION_CHECK_SECONDS: '1' });
    const url = await listen(app);
    try {
      const sid = await createSession(db.owner, team.ids.manager2);
      const token = await mintAccessToken(TEST_JWT_SECRET, { sub: team.ids.manager2, sid });
      const socket = await openReadySocket(url, token);
      // Expiry changes no column that announces itself: only the periodic check sees it.
      await db.owner.query(
        `update app.user_sessions set expires_at = now() - interval '1 second' where session_id = $1`,
        [sid],
      );
      expect((await socket.closed).code).toBe(4401);
    } finally {
      await app.close();
    }
  });
});
