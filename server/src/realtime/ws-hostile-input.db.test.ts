import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../db/tests/team';
import { buildTestApp, TEST_JWT_SECRET } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { createSession, mintAccessToken, openReadySocket, openSocket } from './testing/test-socket';

let db: TestDatabase;
let team: Team;
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  app = await buildTestApp(db, { WS_AUTH_TIMEOUT_MS: '300' });
  url = `${(await app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws')}/ws`;
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function closeCodeAfter(...messages: (string | Buffer)[]): Promise<number> {
  const socket = await openSocket(url);
  for (const message of messages) socket.ws.send(message);
  return (await socket.closed).code;
}

async function tokenFor(options: { expiresIn?: number; audience?: string; secret?: string } = {}) {
  const sid = await createSession(db.owner, team.ids.field1);
  return mintAccessToken(
    options.secret ?? TEST_JWT_SECRET,
    { sub: team.ids.field1, sid },
    { expiresIn: options.expiresIn, audience: options.audience },
  );
}

describe('/ws authentication', () => {
  it('answers a good token with ready, and a ping with pong', async () => {
    const socket = await openReadySocket(url, await tokenFor());
    socket.send({ type: 'ping' });
    await socket.waitFor((m) => m.type === 'pong');
    socket.close();
  });

  it('closes with 4401 for a forged, expired, foreign-audience or revoked token', async () => {
    const auth = (token: string) => JSON.stringify({ type: 'auth', token });
    expect(await closeCodeAfter(auth('not.a.jwt'))).toBe(4401);
    expect(await closeCodeAfter(auth(await tokenFor({ secret: 'x'.repeat(40) })))).toBe(4401);
    const past = Math.floor(Date.now() / 1000) - 60;
    expect(await closeCodeAfter(auth(await tokenFor({ expiresIn: past })))).toBe(4401);
    expect(await closeCodeAfter(auth(await tokenFor({ audience: 'elsewhere' })))).toBe(4401);
    const sid = await createSession(db.owner, team.ids.field2);
    await db.owner.query(
      `update app.user_sessions set is_active = false, revoked_at = now() where session_id = $1`,
      [sid],
    );
    const revoked = await mintAccessToken(TEST_JWT_SECRET, { sub: team.ids.field2, sid });
    expect(await closeCodeAfter(auth(revoked))).toBe(4401);
  });

  it('closes with 4401 when no token arrives in time', async () => {
    const socket = await openSocket(url);
    expect(await socket.closed).toEqual({ code: 4401, reason: 'authentication timeout' });
  });
});

describe('/ws hostile input', () => {
  it('closes with 4400 on garbage, binary frames and unknown messages', async () => {
    expect(await closeCodeAfter('}{ not json')).toBe(4400);
    expect(await closeCodeAfter(Buffer.from([0, 1, 2, 3]))).toBe(4400);
    expect(await closeCodeAfter(JSON.stringify({ type: 'subscribe', table: 'history' }))).toBe(
      4400,
    );
    expect(await closeCodeAfter(JSON.stringify([1, 2, 3]))).toBe(4400);
  });

  it('closes with 1009 on an oversized message', async () => {
    expect(await closeCodeAfter(JSON.stringify({ type: 'auth', token: 'x'.repeat(20_000) }))).toBe(
      1009,
    );
  });

  it('refuses a ping before authentication and a second auth after it', async () => {
    expect(await closeCodeAfter(JSON.stringify({ type: 'ping' }))).toBe(4401);
    const socket = await openReadySocket(url, await tokenFor());
    socket.send({ type: 'auth', token: 'again' });
    expect((await socket.closed).code).toBe(4400);
  });
});
