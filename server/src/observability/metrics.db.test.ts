import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { installJobQueue } from '../jobs/job-queue-schema';

const TOKEN = 'metrics-token-0123456789abcdefghijklmnop';
let db: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildTestApp(db, { METRICS_TOKEN: TOKEN });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const scrape = (remoteAddress: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: '/metrics', remoteAddress, headers });

describe('GET /metrics: who may scrape', () => {
  it.each(['127.0.0.1', '10.0.3.7', '192.168.1.9', '::1'])('serves %s', async (address) => {
    const response = await scrape(address);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('refuses a public address with a clear body', async () => {
    const response = await scrape('203.0.113.9');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({
      code: 'forbidden',
      message: expect.stringMatching(/private-network addresses, or with the METRICS_TOKEN/),
    });
    expect(response.body).not.toMatch(/crewlog_/);
  });

  it('serves a public address with the token, and refuses a wrong one from anywhere', async () => {
    expect((await scrape('203.0.113.9', { authorization: `Bearer ${TOKEN}` })).statusCode).toBe(
      200,
    );
    expect((await scrape('203.0.113.9', { authorization: `Bearer ${TOKEN}x` })).statusCode).toBe(
      403,
    );
    expect((await scrape('127.0.0.1', { authorization: 'Bearer wrong' })).statusCode).toBe(403);
    expect((await scrape('203.0.113.9', { authorization: 'Basic abc' })).statusCode).toBe(403);
  });

  it('refuses what an untrusted proxy relays, since its peer address is the proxy', async () => {
    const response = await scrape('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' });
    expect(response.statusCode).toBe(403);
  });

  it('judges the client behind a trusted proxy by its own address', async () => {
    const proxied = await buildTestApp(db, { TRUST_PROXY: '127.0.0.1' });
    try {
      const outside = await proxied.inject({
        url: '/metrics',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      expect(outside.statusCode).toBe(403);
      const inside = await proxied.inject({
        url: '/metrics',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': '10.1.1.1' },
      });
      expect(inside.statusCode).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});

describe('GET /metrics: what it says', () => {
  it('counts requests by route pattern and status class, never by raw URL', async () => {
    await app.inject({ url: '/healthz' });
    await app.inject({ url: '/files/6f1c1a52-1f3e-4c55-9b0e-2d2f3a4b5c6d' });
    await app.inject({ url: '/no/such/page/12345' });
    const body = (await scrape('127.0.0.1')).body;
    expect(body).toMatch(
      /crewlog_http_requests_total\{method="GET",route="\/healthz",status_class="2xx"\} [1-9]/,
    );
    expect(body).toMatch(/route="\/files\/:file_uuid",status_class="4xx"/);
    expect(body).toMatch(/route="unmatched",status_class="4xx"/);
    expect(body).not.toMatch(/12345|6f1c1a52/);
    expect(body).toMatch(
      /crewlog_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/healthz"/,
    );
  });

  it('reports the database pool, the job queue and the sockets', async () => {
    const body = (await scrape('127.0.0.1')).body;
    expect(body).toMatch(/^crewlog_db_pool_connections \d+$/m);
    expect(body).toMatch(/^crewlog_db_pool_idle \d+$/m);
    expect(body).toMatch(/^crewlog_db_pool_waiting 0$/m);
    expect(body).toMatch(/^crewlog_job_queue_up 1$/m);
    expect(body).toMatch(/^crewlog_jobs\{state="pending"\} \d+$/m);
    expect(body).toMatch(/^crewlog_jobs\{state="failed"\} 0$/m);
    expect(body).toMatch(/^crewlog_websockets\{state="connected"\} 0$/m);
    expect(body).toMatch(/^crewlog_process_cpu_seconds_total /m);
  });

  it('counts pending and failed jobs', async () => {
    await installJobQueue(db.ownerUrl, pino({ level: 'silent' }));
    await db.owner.query(
      `select graphile_worker.add_job('no_such_task', '{}', max_attempts => 1) from generate_series(1, 3)`,
    );
    await db.owner.query(
      `update graphile_worker._private_jobs set attempts = max_attempts where id = (select min(id) from graphile_worker._private_jobs)`,
    );
    const body = (await scrape('127.0.0.1')).body;
    expect(body).toMatch(/^crewlog_jobs\{state="pending"\} 2$/m);
    expect(body).toMatch(/^crewlog_jobs\{state="failed"\} 1$/m);
  });
});
