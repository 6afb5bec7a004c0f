// Data API throughput and latency: seeds 100,000 ticket entries, then runs the same page
// query side by side, through the engine over HTTP and through the raw pg driver in the
// same request transaction (role, claims and settings), and prints the ratio. Uses
// TEST_DATABASE_URL's server (a superuser connection), creating and dropping a scratch
// database there.
//   node --import tsx scripts/bench-api.ts [entries] [concurrency] [seconds]
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import Fastify from 'fastify';
import { SignJWT } from 'jose';
import type pg from 'pg';
import { createPool, urlForRole } from '../server/src/db/pools';
import { createRequestTx, type RequestContext, type RequestTx } from '../server/src/db/request-tx';
import type { Engine } from '../server/src/rest/engine';
import { parseRequest } from '../server/src/rest/parse/request';
import { planRequest } from '../server/src/rest/plan/plan';
import { restPlugin } from '../server/src/rest/plugin';
import type { SchemaCache } from '../server/src/rest/schema-cache/types';
import { buildStatement } from '../server/src/rest/sql/statement';
import { createScratchDatabase } from './scratch-database';

const ENTRIES = Number(process.argv[2] ?? 100_000);
const CONCURRENCY = Number(process.argv[3] ?? 50);
const SECONDS = Number(process.argv[4] ?? 10);
const USERS = 10;
const PATH = 'ticket_entries';
const QUERY =
  'select=entry_id,job_name,job_date,job_start_time,job_end_time,ticket_id,tickets(ticket_number)&order=job_date.desc,entry_id.desc&limit=50';
const jwtSecret = randomBytes(32).toString('hex');
const encryptionKey = randomBytes(32).toString('hex');

async function seed(owner: pg.Pool): Promise<number> {
  const client = await owner.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.settings.encryption_key', $1, true)`, [
      encryptionKey,
    ]);
    const { rows } = await client.query<{ user_id: string }>(
      `insert into app.users (name_enc, alias, email_enc, email_hash)
       select app.encrypt('Bench ' || i), 'bench' || i, app.encrypt('bench' || i || '@example.com'),
              app.email_hash('bench' || i || '@example.com')
         from generate_series(1, $1::int) i returning user_id`,
      [USERS],
    );
    const first = Number(rows[0]?.user_id);
    // Bulk rows skip the audit and alert triggers: this measures reading, not seeding.
    await client.query('set local session_replication_role = replica');
    await client.query(
      `insert into app.buildings (building_name, created_by) select 'Building ' || i, $1 from generate_series(1, 100) i`,
      [first],
    );
    await client.query(
      `insert into app.tickets (ticket_number, building_id, created_by)
       select 'T-' || i, (select min(building_id) from app.buildings) + i % 100, $1 from generate_series(1, 1000) i`,
      [first],
    );
    await client.query(
      `with names as (select array_agg(app.encrypt('Job ' || i)) as enc from generate_series(1, 50) i),
            tickets as (select min(ticket_id) as base from app.tickets)
       insert into app.ticket_entries (user_id, ticket_id, job_name_enc, job_date, job_start_time, job_end_time)
       select $1::bigint + i % $2, tickets.base + i % 1000, names.enc[1 + i % 50],
              date '2026-01-01' + (i % 365), time '08:00' + (i % 8) * interval '1 hour', time '17:00'
         from generate_series(1, $3::int) i, names, tickets`,
      [first, USERS, ENTRIES],
    );
    await client.query('commit');
    await client.query('analyze');
    return first;
  } finally {
    client.release();
  }
}

interface Result {
  requests: number;
  seconds: number;
  latencies: number[];
  errors: number;
}

async function drive(run: () => Promise<boolean>): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        if (!(await run())) errors++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds: (performance.now() - started) / 1000,
    latencies,
    errors,
  };
}

/**
 * HTTP clients in a worker thread: in production clients are other machines, so they
 * should not share the server's event loop here either.
 */
function driveHttp(target: string, headers: Record<string, string>): Promise<Result> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const http = require('node:http');
    // Plain keep-alive requests: a light client, so the server is what gets measured.
    const agent = new http.Agent({ keepAlive: true, maxSockets: workerData.concurrency });
    const get = (url, headers) => new Promise((resolve, reject) => {
      const request = http.get(url, { agent, headers }, (response) => {
        response.on('data', () => {});
        response.on('end', () => resolve(response.statusCode));
      });
      request.on('error', reject);
    });
    (async () => {
      const { target, headers, concurrency, seconds } = workerData;
      const latencies = [];
      let errors = 0;
      const started = performance.now();
      const until = started + seconds * 1000;
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (performance.now() < until) {
          const t0 = performance.now();
          if ((await get(target, headers)) !== 200) errors++;
          latencies.push(performance.now() - t0);
        }
      }));
      agent.destroy();
      parentPort.postMessage({ latencies, errors, seconds: (performance.now() - started) / 1000 });
    })();`;
  const worker = new Worker(source, {
    eval: true,
    workerData: { target, headers, concurrency: CONCURRENCY, seconds: SECONDS },
  });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (m: { latencies: number[]; errors: number; seconds: number }) => {
      void worker.terminate();
      const latencies = m.latencies.sort((a, b) => a - b);
      resolve({ requests: latencies.length, seconds: m.seconds, latencies, errors: m.errors });
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function report(label: string, r: Result): number {
  const rps = r.requests / r.seconds;
  const ms = (p: number) => percentile(r.latencies, p).toFixed(2).padStart(7);
  console.log(
    `${label.padEnd(8)} ${rps.toFixed(0).padStart(7)} req/s   p50 ${ms(50)} ms   p95 ${ms(95)} ms   p99 ${ms(99)} ms   errors ${r.errors}`,
  );
  return rps;
}

function rawStatement(cache: SchemaCache) {
  const request = parseRequest(
    { method: 'GET', path: PATH, query: QUERY, headers: {} },
    { schemas: ['api'], allowTxOverride: false },
  );
  return buildStatement(planRequest(request, cache));
}

async function warm(run: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) await run();
}

const scratch = await createScratchDatabase('bench_api');
const { ownerUrl, authenticatorPassword } = scratch;
const owner = createPool(ownerUrl, 4);
try {
  console.time('seed');
  const userId = await seed(owner);
  console.timeEnd('seed');
  if (process.env.BENCH_POLICY_INITPLAN) {
    // What-if: the read policy with the user id computed once per statement (an InitPlan)
    // instead of once per row, which also lets the (user_id, job_date, entry_id) index serve.
    await owner.query(`alter policy ticket_entries_read on app.ticket_entries
      using (user_id = (select app.current_user_id()) or (select app.is_manager()))`);
    console.log('read policy rewritten with (select app.current_user_id())');
  }
  const pool = createPool(urlForRole(ownerUrl, 'authenticator', authenticatorPassword), 20);
  const withRequestTx: RequestTx = createRequestTx(pool, {
    settings: { encryption_key: encryptionKey },
    preRequest: 'api.pre_request',
  });
  let engine: Engine | undefined;
  const app = Fastify();
  await app.register(restPlugin, {
    prefix: '/api',
    pool,
    withRequestTx,
    schemas: ['api'],
    anonRole: 'anon',
    jwtSecret,
    onEngine: (e) => {
      engine = e;
    },
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const claims = { role: 'authenticated', sub: String(userId) };
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(jwtSecret));
  const target = `${base}/api/${PATH}?${QUERY}`;
  const headers = { Authorization: `Bearer ${token}` };
  const viaEngine = async () => {
    const response = await fetch(target, { headers });
    await response.arrayBuffer();
    return response.status === 200;
  };
  const statement = rawStatement(engine?.schemaCache() as SchemaCache);
  const context: RequestContext = {
    role: 'authenticated',
    claims,
    method: 'GET',
    path: `/${PATH}`,
    headers: {},
  };
  const viaRaw = async () => {
    const body = await withRequestTx(context, async (client) => {
      await client.query('set local transaction_read_only = on');
      const { rows } = await client.query<{ body: string }>(statement.text, statement.values);
      return rows[0]?.body ?? '';
    });
    return body.length > 2;
  };
  if (process.env.BENCH_EXPLAIN) {
    // The plan of the measured statement, as the field user sees it.
    const plan = await withRequestTx(context, async (client) => {
      const { rows } = await client.query(
        `explain (analyze, buffers) ${statement.text}`,
        statement.values,
      );
      return rows.map((row: Record<string, string>) => Object.values(row)[0]).join('\n');
    });
    console.log(plan);
  }
  const sample = await (await fetch(target, { headers })).json();
  console.log(
    `${ENTRIES} entries, ${USERS} users; the field user sees ${ENTRIES / USERS}; page of ${(sample as unknown[]).length}`,
  );
  console.log(`GET /api/${PATH}?${QUERY}`);
  console.log(`${CONCURRENCY} concurrent clients, ${SECONDS} s each, pool of 20 connections`);
  // The engine without the HTTP hop, to tell its own cost from the transport's.
  const rawHeaders = { authorization: `Bearer ${token}` };
  const viaHandle = async () => {
    const response = await (engine as Engine).handle({
      method: 'GET',
      path: PATH,
      query: QUERY,
      headers: rawHeaders,
    });
    return response.status === 200;
  };
  await warm(viaEngine);
  await warm(viaHandle);
  await warm(viaRaw);
  // Interleaved rounds, so a neighbour's load on a shared machine falls on all three.
  const rounds: Record<string, Result[]> = { engine: [], handle: [], raw: [] };
  for (let round = 0; round < 2; round++) {
    rounds.raw?.push(await drive(viaRaw));
    rounds.engine?.push(await driveHttp(target, headers));
    rounds.handle?.push(await drive(viaHandle));
  }
  const merge = (results: Result[] = []): Result => ({
    requests: results.reduce((n, r) => n + r.requests, 0),
    seconds: results.reduce((n, r) => n + r.seconds, 0),
    latencies: results.flatMap((r) => r.latencies).sort((a, b) => a - b),
    errors: results.reduce((n, r) => n + r.errors, 0),
  });
  const engineResult = merge(rounds.engine);
  const handleResult = merge(rounds.handle);
  const rawResult = merge(rounds.raw);
  const engineRps = report('engine', engineResult);
  report('no http', handleResult);
  const rawRps = report('raw pg', rawResult);
  const ratio = engineRps / rawRps;
  const p95 = percentile(engineResult.latencies, 95);
  console.log(
    `ratio engine/raw ${ratio.toFixed(2)} (target ≥ 0.70), engine p95 ${p95.toFixed(2)} ms (target < 25 ms)`,
  );
  await app.close();
  await pool.end();
} finally {
  await owner.end();
  await scratch.drop();
}
