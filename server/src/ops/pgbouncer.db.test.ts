import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bearer } from '../../test/access-token';
import { buildTestApp } from '../../test/test-app';
import {
  createTestDatabase,
  TEST_ENCRYPTION_KEY,
  type TestDatabase,
} from '../../test/test-database';
import { createUser } from '../auth/auth-test-kit';
import { createRequestTx } from '../db/request-tx';
import { freePort } from '../deploy/child-process';

// Request transactions through PgBouncer in transaction mode: the role and claims are
// transaction-local, so two server connections shared by many clients must never mix
// one request's identity into another's.

const PGBOUNCER = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((file) => existsSync(file));
if (!PGBOUNCER) {
  console.warn(
    '\n*** SKIPPED: PgBouncer tests — pgbouncer is not installed (Debian: apt-get install -y pgbouncer) ***\n',
  );
}

// The data API names statements it runs often (prepared once per connection); PgBouncer
// keeps those apart per client only from 1.21 on, with max_prepared_statements set.
const VERSION = PGBOUNCER
  ? (
      /PgBouncer (\d+)\.(\d+)/.exec(execFileSync(PGBOUNCER, ['--version'], { encoding: 'utf8' })) ??
      []
    )
      .slice(1)
      .map(Number)
  : [];
const TRACKS_PREPARED =
  (VERSION[0] ?? 0) > 1 || ((VERSION[0] ?? 0) === 1 && (VERSION[1] ?? 0) >= 21);
if (PGBOUNCER && !TRACKS_PREPARED) {
  console.warn(
    `PgBouncer ${VERSION.join('.')}: the data API is tested with API_PREPARED_STATEMENTS=false (named statements need 1.21+)`,
  );
}

let db: TestDatabase;
let bouncer: ChildProcess | undefined;
let dir: string;
let pool: pg.Pool;
const users: number[] = [];

beforeAll(async () => {
  if (!PGBOUNCER) return;
  db = await createTestDatabase();
  for (const alias of ['ann', 'ben', 'cy', 'dot']) users.push(await createUser(db, alias));
  const password = inject('authenticatorPassword');
  const upstream = new URL(db.ownerUrl);
  const port = await freePort();
  dir = await mkdtemp(path.join(os.tmpdir(), 'crewlog-pgbouncer-'));
  // Run as another user (below), PgBouncer writes its log and pid file here.
  await chmod(dir, 0o777);
  await writeFile(path.join(dir, 'users.txt'), `"authenticator" "${password}"\n`, { mode: 0o644 });
  await writeFile(
    path.join(dir, 'pgbouncer.ini'),
    `[databases]
crewlog = host=${upstream.hostname} port=${upstream.port} dbname=${db.name}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = plain
auth_file = ${dir}/users.txt
pool_mode = transaction
default_pool_size = 2
max_client_conn = 100
logfile = ${dir}/pgbouncer.log
pidfile = ${dir}/pgbouncer.pid
${TRACKS_PREPARED ? 'max_prepared_statements = 200\n' : ''}`,
    { mode: 0o644 },
  );
  // PgBouncer refuses to run as root; it then runs as the database's system user.
  const asUser = process.getuid?.() === 0 ? ['-u', 'postgres'] : [];
  bouncer = spawn(PGBOUNCER, [...asUser, path.join(dir, 'pgbouncer.ini')], { stdio: 'ignore' });
  await waitForPort(port);
  pool = new pg.Pool({
    connectionString: `postgres://authenticator:${encodeURIComponent(password)}@127.0.0.1:${port}/crewlog`,
    max: 8,
  });
}, 60_000);

afterAll(async () => {
  await pool?.end();
  bouncer?.kill('SIGTERM');
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!PGBOUNCER)('behind PgBouncer in transaction mode', () => {
  it('keeps every request transaction’s role and claims its own', async () => {
    const withRequestTx = createRequestTx(pool, {
      settings: { encryption_key: TEST_ENCRYPTION_KEY },
      preRequest: 'api.pre_request',
    });
    const seen = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const userId = users[i % users.length] as number;
        const claims = { role: 'authenticated', sub: String(userId) };
        return withRequestTx({ role: 'authenticated', claims }, async (client) => {
          const first = await client.query(
            'select app.current_user_id() as id, current_user as role',
          );
          await client.query('select pg_sleep(0.01)');
          const again = await client.query(
            `select app.current_user_id() as id, app.decrypt(name_enc) as name
               from app.users where user_id = app.current_user_id()`,
          );
          return { userId, first: first.rows[0], again: again.rows[0] };
        });
      }),
    );
    for (const { userId, first, again } of seen) {
      expect(first).toEqual({ id: String(userId), role: 'authenticated' });
      expect(again.id).toBe(String(userId));
      expect(again.name).toMatch(/ person$/);
    }
    const backend = await pool.query(
      `select count(distinct pid)::int as n from pg_stat_activity
        where usename = 'authenticator' and datname = current_database()`,
    );
    expect(backend.rows[0].n).toBeLessThanOrEqual(2);
  });

  it('leaves nothing behind on the shared server connections', async () => {
    const { rows } = await pool.query(
      `select current_user as role, coalesce(current_setting('request.jwt.claims', true), '') as claims,
              coalesce(current_setting('app.settings.encryption_key', true), '') as key`,
    );
    expect(rows[0]).toEqual({ role: 'authenticator', claims: '', key: '' });
  });

  it('serves the data API through it (named statements only from PgBouncer 1.21)', async () => {
    const app = await buildTestApp(
      {
        ...db,
        pool,
        withRequestTx: createRequestTx(pool, {
          settings: db.settings,
          preRequest: 'api.pre_request',
        }),
      },
      { API_PREPARED_STATEMENTS: TRACKS_PREPARED ? 'true' : 'false' },
    );
    try {
      const answers = await Promise.all(
        users.map(async (userId) =>
          app.inject({
            url: `/api/users?select=user_id,alias&user_id=eq.${userId}`,
            headers: await bearer(userId),
          }),
        ),
      );
      answers.forEach((response, i) => {
        expect(response.statusCode, response.body).toBe(200);
        expect(response.json()).toEqual([expect.objectContaining({ user_id: users[i] })]);
      });
    } finally {
      await app.close();
    }
  });
});

async function waitForPort(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pgbouncer did not listen on port ${port}`);
}
