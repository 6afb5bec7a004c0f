// Live-update latency: 500 signed-in sockets, then site alerts written one after another;
// prints p50/p95/p99 from the write to each hint's arrival. Uses TEST_DATABASE_URL's
// server (a superuser connection), creating and dropping a scratch database there.
// Sockets belong to `users` people with two sessions each (Crewlog allows three), the
// rest being extra tabs of those sessions.
//   node --import tsx scripts/bench-realtime.ts [sockets] [users] [writes]
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import pino from 'pino';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config/config';
import { createPool, urlForRole } from '../server/src/db/pools';
import { createRequestTx } from '../server/src/db/request-tx';
import { installJobQueue } from '../server/src/jobs/job-queue-schema';
import {
  createSession,
  mintAccessToken,
  openReadySocket,
  type TestSocket,
} from '../server/src/realtime/testing/test-socket';
import { createScratchDatabase } from './scratch-database';

const SOCKETS = Number(process.argv[2] ?? 500);
const USERS = Number(process.argv[3] ?? 100);
const WRITES = Number(process.argv[4] ?? 100);
const SESSIONS_PER_USER = 2;
const jwtSecret = randomBytes(32).toString('hex');
const encryptionKey = randomBytes(32).toString('hex');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function createUsers(owner: pg.Pool, count: number): Promise<number[]> {
  const client = await owner.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.settings.encryption_key', $1, true)`, [
      encryptionKey,
    ]);
    const { rows } = await client.query<{ user_id: string }>(
      `insert into app.users (name_enc, alias, email_enc, email_hash, user_is_manager, user_is_admin)
       select app.encrypt('Bench ' || i), 'bench' || i, app.encrypt('bench' || i || '@example.com'),
              app.email_hash('bench' || i || '@example.com'), i % 10 = 1, i = 2
         from generate_series(1, $1::int) i returning user_id`,
      [count],
    );
    await client.query('commit');
    return rows.map((row) => Number(row.user_id));
  } finally {
    client.release();
  }
}

const scratch = await createScratchDatabase('bench_realtime');
const { ownerUrl, authenticatorPassword } = scratch;
const owner = createPool(ownerUrl, 4);
const sockets: TestSocket[] = [];
try {
  await installJobQueue(ownerUrl, pino({ level: 'silent' }));
  const pool = createPool(urlForRole(ownerUrl, 'authenticator', authenticatorPassword));
  const settings = { encryption_key: encryptionKey };
  const app = await buildApp({
    config: loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      JWT_SECRET: jwtSecret,
      ENCRYPTION_KEY: encryptionKey,
      REALTIME_POOL_SIZE: process.env.REALTIME_POOL_SIZE,
    }),
    db: {
      ownerUrl,
      pool,
      settings,
      withRequestTx: createRequestTx(pool, { settings, preRequest: 'api.pre_request' }),
      close: () => pool.end(),
    },
    logger: pino({ level: 'silent' }),
    secrets: { jwtSecret, encryptionKey, authenticatorPassword, embeddedSuperuserPassword: '' },
  });
  const wsUrl = `${(await app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws')}/ws`;
  const users = await createUsers(owner, USERS);
  const tokens: string[] = [];
  for (const sub of users) {
    for (let k = 0; k < SESSIONS_PER_USER; k++) {
      tokens.push(await mintAccessToken(jwtSecret, { sub, sid: await createSession(owner, sub) }));
    }
  }
  for (let i = 0; i < SOCKETS; i++) {
    sockets.push(await openReadySocket(wsUrl, tokens[i % tokens.length] as string));
  }
  console.log(
    `${sockets.length} sockets ready (${users.length} users, ${tokens.length} sessions); ${WRITES} site alerts…`,
  );

  const latencies: number[] = [];
  for (let w = 0; w < WRITES; w++) {
    const started = performance.now();
    const arrivals = sockets.map(
      (socket) =>
        new Promise<void>((resolve) => {
          const onMessage = (data: unknown) => {
            const message = JSON.parse(String(data));
            if (message.type === 'change' && message.table === 'alerts') {
              latencies.push(performance.now() - started);
              socket.ws.off('message', onMessage);
              resolve();
            }
          };
          socket.ws.on('message', onMessage);
        }),
    );
    await owner.query(`insert into app.alerts (alert_type, title) values ('site', $1)`, [
      `Bench ${w}`,
    ]);
    await Promise.all(arrivals);
  }
  latencies.sort((a, b) => a - b);
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `realtime: ${SOCKETS} sockets, ${latencies.length} hints; write→hint p50 ${f(percentile(latencies, 50))}, ` +
      `p95 ${f(percentile(latencies, 95))}, p99 ${f(percentile(latencies, 99))}, max ${f(latencies.at(-1) ?? 0)}`,
  );
  for (const socket of sockets) socket.close();
  await app.close();
  await pool.end().catch(() => {});
} finally {
  await owner.end();
  await scratch.drop();
}
