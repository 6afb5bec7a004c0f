import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { WebSocket } from 'ws';
import { type HttpsClient, httpsClient, randomLoopbackAddress } from './https-client';
import {
  DEFAULT_NGINX,
  DEFAULT_REDIS_URL,
  missingPrerequisites,
  startTopology,
  type Topology,
} from './local-topology';

// The production topology on loopback: nginx (TLS) in front of two Crewlog instances, each
// a server beside a PostgREST-compatible data API, one worker, Redis and PostgreSQL.
// Requests pinned to instance A or B go through nginx's per-instance ports.

const options = {
  adminUrl: inject('adminUrl'),
  redisUrl: process.env.REDIS_URL ?? DEFAULT_REDIS_URL,
  nginx: process.env.NGINX ?? DEFAULT_NGINX,
  // The role is shared by every database on the server: keep the test run's password.
  authenticatorPassword: inject('authenticatorPassword'),
};
const missing = await missingPrerequisites(options);
// CI installs nginx, so its absence there is a failure; Redis is absent on purpose in
// CI's first pass (a fresh machine), which skips these tests like anywhere else.
const inCI = process.env.CI === 'true' || process.env.CI === '1';
const mustRun = inCI && missing?.startsWith('nginx') === true;
if (missing) {
  const banner = '!'.repeat(78);
  console.warn(
    [
      banner,
      `TOPOLOGY TESTS SKIPPED: ${missing}.`,
      'They need nginx (apt-get install -y nginx-light), Redis (REDIS_URL, default',
      `${DEFAULT_REDIS_URL}) and PostgreSQL; set NGINX to use another nginx binary.`,
      banner,
    ].join('\n'),
  );
}

const PASSWORD = 'topology pass phrase';
let topology: Topology;
let client: HttpsClient;

async function login(url: string, email: string, via = client) {
  const answer = await via.request('POST', `${url}/auth/login`, {
    body: { email, password: PASSWORD, device_info: 'topology test' },
  });
  expect(answer.status, answer.body).toBe(200);
  return answer.json<{ access_token: string; user: { user_id: number } }>();
}

function waitForMessage(ws: WebSocket, match: (m: Record<string, unknown>) => boolean) {
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no matching message in 10 s')), 10_000);
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (match(message)) {
        clearTimeout(timer);
        resolve(message);
      }
    });
  });
}

describe.skipIf(missing !== undefined && !mustRun)('the production topology on loopback', () => {
  beforeAll(async () => {
    if (missing) throw new Error(`CI must run the topology tests: ${missing}`);
    topology = await startTopology(options);
    client = httpsClient(topology.ca, randomLoopbackAddress());
    await topology.cli([
      'user',
      ...['create', '--email', 'tara@example.com', '--password', PASSWORD],
      ...['--name', 'Tara Field', '--alias', 'tara', '--role', 'field'],
    ]);
  }, 180_000);
  afterAll(async () => {
    client?.close();
    await topology?.stop();
  }, 60_000);

  it('redirects plain HTTP to HTTPS and serves the web app with HSTS', async () => {
    const redirect = await fetch(`${topology.httpUrl}/dailies?day=1`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`${topology.url}/dailies?day=1`);

    const page = await client.request('GET', `${topology.url}/dailies`, {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const asset = /\/assets\/[\w.-]+\.js/.exec(page.body)?.[0];
    if (asset) {
      const file = await client.request('GET', `${topology.url}${asset}`);
      expect(file.status).toBe(200);
      expect(file.headers['cache-control']).toContain('immutable');
    }
  });

  it('signs in through nginx and serves the data API from the PostgREST side', async () => {
    const { access_token } = await login(topology.url, 'tara@example.com');
    const headers = { authorization: `Bearer ${access_token}`, prefer: 'return=representation' };
    const written = await client.request('POST', `${topology.url}/api/ticket_misc_entries`, {
      headers,
      body: { misc_name: 'Van stock check', misc_start_date: '2026-03-02' },
    });
    expect(written.status, written.body).toBe(201);
    const read = await client.request(
      'GET',
      `${topology.url}/api/ticket_misc_entries?select=misc_name,misc_start_date`,
      { headers },
    );
    expect(read.status).toBe(200);
    // Decrypted: the data API carries Crewlog's encryption key as app.settings.
    expect(read.json()).toEqual([{ misc_name: 'Van stock check', misc_start_date: '2026-03-02' }]);
    const anonymous = await client.request('GET', `${topology.url}/api/ticket_misc_entries`);
    expect(anonymous.status).toBe(401);
    const forged = await client.request('GET', `${topology.url}/api/ticket_misc_entries`, {
      headers: { authorization: `Bearer ${access_token.slice(0, -4)}AAAA` },
    });
    expect(forged.status).toBe(401);
  });

  it('brings a change written through instance A to a socket on instance B', async () => {
    const [a, b] = topology.instanceUrls;
    const writer = await login(a, 'tara@example.com');
    const listener = await login(b, 'tara@example.com');
    const ws = client.socket(`${b.replace('https', 'wss')}/ws`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    try {
      const ready = waitForMessage(ws, (m) => m.type === 'ready');
      ws.send(JSON.stringify({ type: 'auth', token: listener.access_token }));
      await ready;
      const hint = waitForMessage(ws, (m) => m.table === 'ticket_misc_entries');
      const written = await client.request('POST', `${a}/api/ticket_misc_entries`, {
        headers: { authorization: `Bearer ${writer.access_token}` },
        body: { misc_name: 'Ladder return', misc_start_date: '2026-03-03' },
      });
      expect(written.status, written.body).toBe(201);
      expect(await hint).toMatchObject({ type: 'change', table: 'ticket_misc_entries' });
    } finally {
      ws.close();
    }
  });

  it('shares the login rate limit across both instances through Redis', async () => {
    // A fresh client address, so only these requests count against its budget (60/min).
    const hammer = httpsClient(topology.ca, randomLoopbackAddress());
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 61; i++) {
        const url = topology.instanceUrls[i % 2];
        // Malformed on purpose: counted before validation, and no password hashing.
        const answer = await hammer.request('POST', `${url}/auth/login`, { body: { email: 1 } });
        statuses.push(answer.status);
      }
      // Each instance saw about 30: only a shared counter reaches the limit.
      expect(statuses.slice(0, 60).every((status) => status === 400)).toBe(true);
      expect(statuses[60]).toBe(429);
      const other = await hammer.request('POST', `${topology.instanceUrls[1]}/auth/login`, {
        body: { email: 'tara@example.com', password: PASSWORD },
      });
      expect(other.status).toBe(429);
      expect(other.json()).toMatchObject({ code: 'rate_limited' });
    } finally {
      hammer.close();
    }
  });

  it('keeps answering through nginx when an instance dies', async () => {
    await topology.kill(0);
    const pinnedToDead = await client.request('GET', `${topology.instanceUrls[0]}/healthz`);
    expect(pinnedToDead.status).toBe(502);
    for (let i = 0; i < 4; i++) {
      const { access_token } = await login(topology.url, 'tara@example.com');
      const read = await client.request('GET', `${topology.url}/api/ticket_misc_entries`, {
        headers: { authorization: `Bearer ${access_token}` },
      });
      expect(read.status).toBe(200);
      expect((await client.request('GET', `${topology.url}/healthz`)).status).toBe(200);
    }
  });
});
