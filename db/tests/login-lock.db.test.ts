import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

const anon = { role: 'anon', claims: {} };
const check = (email: string | null, ip: string | null) =>
  db.withRequestTx(
    anon,
    async (c) =>
      (await c.query('select api.check_failed_logins($1, $2) as r', [email, ip])).rows[0].r,
  );

async function fail(email: string, ip: string, times: number, secondsAgo = 0) {
  const client = await db.owner.connect();
  try {
    await client.query(`select set_config('app.settings.encryption_key', $1, false)`, [
      db.settings.encryption_key,
    ]);
    for (let i = 0; i < times; i += 1) {
      await client.query(
        `insert into app.login_attempts (email_hash, ip_address, attempted_at, succeeded)
        values (app.email_hash($1), $2, now() - make_interval(secs => $3), false)`,
        [email, ip, secondsAgo],
      );
    }
  } finally {
    await client.query(`select set_config('app.settings.encryption_key', '', false)`);
    client.release();
  }
}

describe('api.check_failed_logins', () => {
  it('locks an email after 5 failures within 5 minutes, for the rest of the window', async () => {
    await fail('Locked@Example.com', '10.0.0.1', 4, 60);
    expect(await check('locked@example.com', null)).toMatchObject({ locked: false });
    await fail('locked@example.com', '10.0.0.1', 1, 0);
    const result = await check(' LOCKED@example.com ', '10.0.0.1');
    expect(result).toMatchObject({ locked: true, email_locked: true, ip_locked: false });
    expect(result.retry_after_seconds).toBeGreaterThan(230);
    expect(result.retry_after_seconds).toBeLessThanOrEqual(240);
    expect(await check('someone.else@example.com', '10.0.0.1')).toMatchObject({ locked: false });
  });

  it('forgets failures older than 5 minutes', async () => {
    await fail('old@example.com', '10.0.0.2', 10, 301);
    expect(await check('old@example.com', null)).toMatchObject({
      locked: false,
      retry_after_seconds: 0,
    });
  });

  it('locks an address only at its own, higher threshold', async () => {
    for (let i = 0; i < 49; i += 1) await fail(`typo${i}@example.com`, '10.0.0.3', 1);
    expect(await check(null, '10.0.0.3')).toMatchObject({ ip_locked: false });
    await fail('typo-last@example.com', '10.0.0.3', 1);
    expect(await check(null, '10.0.0.3')).toMatchObject({ ip_locked: true, locked: true });
  });

  it('answers a malformed address with a clear error', async () => {
    await expect(check(null, 'not-an-ip')).rejects.toMatchObject({
      code: '22P02',
      message: 'ip_address is not an IP address',
    });
  });
});
