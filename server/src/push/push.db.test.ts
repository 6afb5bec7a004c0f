import type { FastifyInstance } from 'fastify';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createWork, type Team } from '../../../db/tests/team';
import { bearer } from '../../test/access-token';
import { buildTestApp, TEST_JWT_SECRET, TEST_VAPID } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { JobRunner } from '../jobs/job-runner';
import { eventually, startTestRunner } from '../jobs/testing/job-fixtures';
import { createPushSender } from './push-sender';
import { pushTasks } from './push-tasks';
import { decryptPush, startTestPushService, type TestDevice } from './testing/push-service';

let db: TestDatabase;
let team: Team;
let work: Awaited<ReturnType<typeof createWork>>;
let app: FastifyInstance;
let runner: JobRunner;
let pushService: Awaited<ReturnType<typeof startTestPushService>>;

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  work = await createWork(team);
  app = await buildTestApp(db, { PUSH_ENDPOINT_HOSTS: '127.0.0.1' });
  pushService = await startTestPushService();
  const send = createPushSender({ ...TEST_VAPID, subject: 'mailto:ops@example.com' });
  ({ runner } = await startTestRunner(db, {
    extraTasks: pushTasks({
      send,
      withRequestTx: db.withRequestTx,
      encryptionKey: db.settings.encryption_key as string,
    }),
  }));
});
afterAll(async () => {
  await runner?.stop();
  await app?.close();
  await pushService?.close();
  await db?.drop();
});

/** A session of `userId` as the auth server would open it, and a token bound to it. */
async function signedInDevice(userId: number) {
  const { rows } = await db.owner.query<{ session_id: string }>(
    `insert into app.user_sessions (user_id, is_active, last_accessed_at)
     values ($1, true, now()) returning session_id`,
    [userId],
  );
  const sessionId = rows[0]?.session_id as string;
  const token = await new SignJWT({ role: 'authenticated', sid: sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setAudience('crewlog')
    .setIssuedAt()
    .setExpirationTime('15m')
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
  return { sessionId, headers: { authorization: `Bearer ${token}` } };
}

async function subscribe(headers: Record<string, string>, device: TestDevice) {
  return app.inject({
    method: 'POST',
    url: '/push/subscriptions',
    headers,
    payload: { endpoint: device.endpoint, keys: device.keys, device_info: 'Test phone' },
  });
}

const pushesTo = (device: TestDevice) =>
  pushService.received.filter((push) => device.endpoint.endsWith(push.path));

async function sendNotification(recipientUserId: number, title: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/notifications',
    headers: { ...(await bearer(team.ids.admin1)), prefer: 'return=representation' },
    payload: { recipient_user_id: recipientUserId, title, message: `${title}: details` },
  });
  expect(response.statusCode).toBe(201);
  return Number(response.json()[0].notification_id);
}

/** Waits until the queue has nothing left to run (push jobs included). */
const queueDrained = () =>
  eventually(async () => {
    const { rows } = await db.owner.query<{ n: number }>(
      'select count(*)::int as n from graphile_worker.jobs',
    );
    return rows[0]?.n === 0 ? true : undefined;
  }, 20_000);

describe('web push', () => {
  it('gives out the public key and refuses hostile subscriptions', async () => {
    const key = await app.inject({ method: 'GET', url: '/push/public-key' });
    expect(key.json()).toEqual({ public_key: TEST_VAPID.publicKey });

    const device = pushService.device('hostile');
    const anonymous = await app.inject({
      method: 'POST',
      url: '/push/subscriptions',
      payload: { endpoint: device.endpoint, keys: device.keys },
    });
    expect(anonymous.statusCode).toBe(401);
    const auth = await bearer(team.ids.field1);
    const elsewhere = await app.inject({
      method: 'POST',
      url: '/push/subscriptions',
      headers: auth,
      payload: { endpoint: 'https://169.254.169.254/latest/meta-data', keys: device.keys },
    });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().message).toMatch(/push services/);
    const badKeys = await app.inject({
      method: 'POST',
      url: '/push/subscriptions',
      headers: auth,
      payload: { endpoint: device.endpoint, keys: { p256dh: 'x', auth: 'y' } },
    });
    expect(badKeys.statusCode).toBe(400);
    const extra = await app.inject({
      method: 'POST',
      url: '/push/subscriptions',
      headers: auth,
      payload: { endpoint: device.endpoint, keys: device.keys, user_id: team.ids.field2 },
    });
    // Unknown fields are dropped by the schema, never honoured: the device is the caller's.
    expect(extra.statusCode).toBe(201);
    const owner = await db.owner.query<{ user_id: string }>(
      'delete from app.push_subscriptions returning user_id',
    );
    expect(owner.rows.map((row) => Number(row.user_id))).toEqual([team.ids.field1]);
    const huge = await app.inject({
      method: 'POST',
      url: '/push/subscriptions',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({
        endpoint: device.endpoint,
        keys: device.keys,
        pad: 'x'.repeat(20_000),
      }),
    });
    expect(huge.statusCode).toBe(413);
    const { rows } = await db.owner.query('select * from app.push_subscriptions');
    expect(rows).toEqual([]);
  });

  it('delivers an encrypted notification to the subscribed device, and none once its session is revoked', async () => {
    const phone = pushService.device('field1-phone');
    const session = await signedInDevice(team.ids.field1);
    const subscribed = await subscribe(session.headers, phone);
    expect(subscribed.statusCode).toBe(201);
    // Nobody else sees this person's devices.
    const listed = await app.inject({
      method: 'GET',
      url: '/api/push_subscriptions',
      headers: await bearer(team.ids.field2),
    });
    expect(listed.json()).toEqual([]);

    await sendNotification(team.ids.field1, 'Gate code changed');
    const [push] = await eventually(async () =>
      pushesTo(phone).length > 0 ? pushesTo(phone) : undefined,
    );
    expect(push?.headers['content-encoding']).toBe('aes128gcm');
    expect(String(push?.headers.authorization)).toMatch(/^vapid t=.+, k=/);
    expect(push?.body.toString('latin1')).not.toContain('Gate code');
    expect(JSON.parse(decryptPush(phone, push?.body as Buffer))).toMatchObject({
      title: 'Gate code changed',
      body: 'Gate code changed: details',
      url: '/notifications',
    });

    await db.owner.query('update app.user_sessions set revoked_at = now() where session_id = $1', [
      session.sessionId,
    ]);
    const { rows } = await db.owner.query(
      'select * from app.push_subscriptions where session_id = $1',
      [session.sessionId],
    );
    expect(rows).toEqual([]);
    const notification = await sendNotification(team.ids.field1, 'After revocation');
    await eventually(async () => {
      const receipts = await db.owner.query(
        'select 1 from app.notification_receipts where notification_id = $1',
        [notification],
      );
      return receipts.rowCount ? true : undefined;
    });
    await queueDrained();
    expect(pushesTo(phone)).toHaveLength(1);
  });

  it('pushes an alert only to devices of people its policies show it to', async () => {
    const ownPhone = pushService.device('field2-phone');
    const otherPhone = pushService.device('manager2-phone');
    const strangerPhone = pushService.device('field1-tablet');
    expect(
      (await subscribe((await signedInDevice(team.ids.field2)).headers, ownPhone)).statusCode,
    ).toBe(201);
    expect(
      (await subscribe((await signedInDevice(team.ids.manager2)).headers, otherPhone)).statusCode,
    ).toBe(201);
    expect(
      (await subscribe((await signedInDevice(team.ids.field1)).headers, strangerPhone)).statusCode,
    ).toBe(201);

    await team.as(
      'field2',
      `update api.ticket_entries set job_followup_required = true where entry_id = $1`,
      [work.work.field2.entryId],
    );
    const delivered = await eventually(async () =>
      pushesTo(ownPhone).length > 0 && pushesTo(otherPhone).length > 0 ? true : undefined,
    );
    expect(delivered).toBe(true);
    await queueDrained();
    const message = JSON.parse(decryptPush(ownPhone, pushesTo(ownPhone)[0]?.body as Buffer));
    expect(message.url).toBe(`/jobs/${work.work.field2.entryId}`);
    // Another technician may not read field2's job alert: nothing reaches their device.
    expect(pushesTo(strangerPhone)).toHaveLength(0);
  });

  it('forgets a device the push service no longer knows', async () => {
    const gone = pushService.device('gone-field1');
    expect(
      (await subscribe((await signedInDevice(team.ids.field1)).headers, gone)).statusCode,
    ).toBe(201);
    await sendNotification(team.ids.field1, 'Are you there');
    await eventually(async () => {
      const { rows } = await db.owner.query(
        'select 1 from app.push_subscriptions where endpoint = $1',
        [gone.endpoint],
      );
      return rows.length === 0 ? true : undefined;
    });
    expect(pushesTo(gone)).toHaveLength(1);
  });
});
