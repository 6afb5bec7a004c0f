// A team's day against the two-instance topology (nginx with TLS, two Crewlog instances
// beside their data APIs, a worker, Redis): USERS people sign in, each from an address of
// their own, open a live socket, then ROUNDS times read their day (the dailies page's
// queries) and log a task, whose live hint must reach their socket. Prints throughput,
// latency percentiles per kind of request and the error count.
//   node --import tsx scripts/load.ts [users] [rounds] [ramp-up seconds]
// TEST_DATABASE_URL (a superuser connection), REDIS_URL and NGINX choose what it uses; a
// scratch database is created and dropped.
import pg from 'pg';
import type { WebSocket } from 'ws';
import { type HttpsAnswer, type HttpsClient, httpsClient } from '../server/src/deploy/https-client';
import {
  DEFAULT_ADMIN_URL,
  DEFAULT_NGINX,
  DEFAULT_REDIS_URL,
  missingPrerequisites,
  startTopology,
  type Topology,
} from '../server/src/deploy/local-topology';
import { insertUser, withOwnerTx } from '../server/src/users/create-user';

const USERS = Number(process.argv[2] ?? 200);
const ROUNDS = Number(process.argv[3] ?? 5);
// People arrive over the first minute rather than all in the same millisecond.
const RAMP_SECONDS = Number(process.argv[4] ?? 60);
const PASSWORD = 'load test pass phrase';
const DAY = '2026-03-02';

const samples = new Map<string, number[]>();
let errors = 0;
const errorKinds = new Map<string, number>();

function record(kind: string, ms: number) {
  const list = samples.get(kind) ?? [];
  list.push(ms);
  samples.set(kind, list);
}
function fail(kind: string, detail: string) {
  errors++;
  const key = `${kind}: ${detail.slice(0, 80)}`;
  errorKinds.set(key, (errorKinds.get(key) ?? 0) + 1);
}

async function timed(kind: string, expected: number, call: () => Promise<HttpsAnswer>) {
  const started = performance.now();
  try {
    const answer = await call();
    record(kind, performance.now() - started);
    if (answer.status !== expected) fail(kind, `${answer.status} ${answer.body}`);
    return answer;
  } catch (error) {
    fail(kind, (error as Error).message);
    return undefined;
  }
}

/** Users made with the CLI's own code (`crewlog user create`), a few hashes at a time. */
async function seedUsers(topology: Topology, count: number) {
  const owner = new pg.Pool({ connectionString: topology.secrets.databaseUrl, max: 4 });
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < count) {
          const i = next++;
          await withOwnerTx(owner, topology.secrets.encryptionKey, (client) =>
            insertUser(client, {
              email: `tech${i}@example.com`,
              password: PASSWORD,
              name: `Technician ${i}`,
              alias: `tech${i}`,
              role: i % 20 === 0 ? 'manager' : 'field',
            }),
          );
        }
      }),
    );
  } finally {
    await owner.end();
  }
}

function openSocket(client: HttpsClient, url: string, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = client.socket(`${url.replace('https', 'wss')}/ws`);
    const timer = setTimeout(() => reject(new Error('socket not ready in 15 s')), 15_000);
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify({ type: 'auth', token })));
    ws.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'ready') {
        clearTimeout(timer);
        resolve(ws);
      }
    });
  });
}

function nextHint(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no live hint in 10 s')), 10_000);
    const onMessage = (data: unknown) => {
      if (JSON.parse(String(data)).table === 'ticket_misc_entries') {
        clearTimeout(timer);
        ws.off('message', onMessage);
        resolve();
      }
    };
    ws.on('message', onMessage);
  });
}

async function day(topology: Topology, i: number) {
  const url = topology.url;
  const client = httpsClient(topology.ca, `127.1.${Math.floor(i / 250)}.${1 + (i % 250)}`);
  let ws: WebSocket | undefined;
  try {
    const login = await timed('login', 200, () =>
      client.request('POST', `${url}/auth/login`, {
        body: { email: `tech${i}@example.com`, password: PASSWORD },
      }),
    );
    if (login?.status !== 200) return;
    const { access_token, user } = login.json<{
      access_token: string;
      user: { user_id: number };
    }>();
    const headers = { authorization: `Bearer ${access_token}` };
    const started = performance.now();
    ws = await openSocket(client, url, access_token).catch((error) => {
      fail('socket', (error as Error).message);
      return undefined;
    });
    if (ws) record('socket ready', performance.now() - started);
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all([
        timed('read day (entries)', 200, () =>
          client.request(
            'GET',
            `${url}/api/ticket_entries?select=entry_id,ticket_id,job_name,job_start_time,job_end_time,job_followup_required,job_changed_flag&user_id=eq.${user.user_id}&job_date=eq.${DAY}&order=job_start_time.asc.nullslast&limit=200`,
            { headers },
          ),
        ),
        timed('read day (tasks)', 200, () =>
          client.request(
            'GET',
            `${url}/api/ticket_misc_entries?select=entry_id,misc_name,misc_start_time,misc_end_time&user_id=eq.${user.user_id}&misc_start_date=eq.${DAY}&order=misc_start_time.asc.nullslast&limit=200`,
            { headers },
          ),
        ),
      ]);
      const hint = ws ? nextHint(ws) : undefined;
      const written = performance.now();
      await timed('write task', 201, () =>
        client.request('POST', `${url}/api/ticket_misc_entries`, {
          headers,
          body: {
            misc_name: `Round ${round}`,
            misc_start_date: DAY,
            misc_start_time: `${String(8 + round).padStart(2, '0')}:00`,
            misc_end_time: `${String(8 + round).padStart(2, '0')}:30`,
          },
        }),
      );
      if (hint) {
        await hint.then(
          () => record('write → live hint', performance.now() - written),
          (error) => fail('live hint', (error as Error).message),
        );
      }
    }
  } finally {
    ws?.close();
    client.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function report(seconds: number) {
  const requests = [...samples.entries()]
    .filter(([kind]) => !kind.includes('→') && kind !== 'socket ready')
    .reduce((sum, [, list]) => sum + list.length, 0);
  console.log(
    `\n${USERS} users (arriving over ${RAMP_SECONDS} s) × ${ROUNDS} rounds in ${seconds.toFixed(1)} s: ${requests} HTTPS requests, ` +
      `${(requests / seconds).toFixed(1)} requests/s, ${errors} errors`,
  );
  console.log('kind                    count    p50 ms   p95 ms   p99 ms   max ms');
  for (const [kind, list] of samples) {
    list.sort((a, b) => a - b);
    const cells = [50, 95, 99].map((p) => percentile(list, p).toFixed(0).padStart(8));
    console.log(
      `${kind.padEnd(22)} ${String(list.length).padStart(6)} ${cells.join(' ')} ${(list.at(-1) ?? 0).toFixed(0).padStart(8)}`,
    );
  }
  for (const [kind, count] of errorKinds) console.log(`  error × ${count}: ${kind}`);
}

const options = {
  adminUrl: process.env.TEST_DATABASE_URL ?? DEFAULT_ADMIN_URL,
  redisUrl: process.env.REDIS_URL ?? DEFAULT_REDIS_URL,
  nginx: process.env.NGINX ?? DEFAULT_NGINX,
  authenticatorPassword: process.env.AUTHENTICATOR_PASSWORD,
};
const missing = await missingPrerequisites(options);
if (missing) {
  console.error(`cannot run the load: ${missing}`);
  process.exit(1);
}
const topology = await startTopology(options);
try {
  console.log(`topology up at ${topology.url}; seeding ${USERS} users…`);
  await seedUsers(topology, USERS);
  console.log('a team day…');
  const started = performance.now();
  const arrival = (i: number) =>
    new Promise((r) => setTimeout(r, (i * RAMP_SECONDS * 1000) / USERS));
  await Promise.all(
    Array.from({ length: USERS }, (_, i) => arrival(i).then(() => day(topology, i))),
  );
  report((performance.now() - started) / 1000);
} finally {
  await topology.stop();
}
process.exit(errors > 0 ? 1 : 0);
