import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  TEST_ENCRYPTION_KEY,
  type TestDatabase,
} from '../../test/test-database';
import { seedDemo } from '../demo/seed-demo';
import { withOwnerTx } from '../users/create-user';
import { findEncryptedTables } from './encrypted-columns';
import { rotateEncryptionKey } from './key-rotation';
import { OpsRefusal } from './ops-refusal';
import { tableSnapshot } from './table-snapshot';

const NEW_KEY = 'the-next-encryption-key-0123456789abcdef';
const logger = pino({ level: process.env.ROTATION_LOG ?? 'silent' });
let db: TestDatabase;
let columns: { table: string; column: string }[];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.owner, db.withRequestTx, TEST_ENCRYPTION_KEY);
  // A failed login for an address nobody has, and one for a real user.
  await withOwnerTx(db.owner, TEST_ENCRYPTION_KEY, (client) =>
    client.query(`insert into app.login_attempts (email_hash, ip_address, succeeded)
                  values (app.email_hash('nobody@example.com'), '10.0.0.1', false),
                         (app.email_hash('tom@example.com'), '10.0.0.1', false)`),
  );
  // An import waiting for its job: a proposal (text) and an uploaded file (bytes).
  await withOwnerTx(db.owner, TEST_ENCRYPTION_KEY, (client) =>
    client.query(`with batch as (
        insert into app.import_batches (user_id, proposal_enc)
        select user_id, app.encrypt('{"drafts":[]}') from app.users where alias = 'tom'
        returning import_id)
      insert into app.import_uploads (import_id, position, file_name, content_enc)
      select import_id, 0, 'mail.eml', app.encrypt_bytes('\\x00ff10'::bytea) from batch`),
  );
  // Servers hold authenticator connections; the rotation refuses to run beside them.
  await db.pool.end();
  const client = await db.owner.connect();
  try {
    columns = (await findEncryptedTables(client)).flatMap((t) =>
      t.columns.map((c) => ({ table: t.table, column: c.name })),
    );
  } finally {
    client.release();
  }
}, 120_000);
afterAll(async () => db?.drop());

/** How many stored values of each encrypted column decrypt with `key`, and how many exist. */
async function decryptable(key: string): Promise<{ ok: number; total: number }> {
  const client = await db.owner.connect();
  try {
    await client.query(`create or replace function pg_temp.opens(v bytea, k text) returns boolean
      language plpgsql as $$
      begin
        perform extensions.pgp_sym_decrypt_bytea(v, k);
        return true;
      exception when others then
        return false;
      end $$`);
    let ok = 0;
    let total = 0;
    for (const { table, column } of columns) {
      const { rows } = await client.query(
        `select count(*) filter (where pg_temp.opens("${column}", $1))::int as ok, count(*)::int as total
           from app."${table}" where "${column}" is not null`,
        [key],
      );
      ok += rows[0].ok;
      total += rows[0].total;
    }
    return { ok, total };
  } finally {
    client.release();
  }
}

async function plainTexts(key: string) {
  return withOwnerTx(db.owner, key, async (client) => {
    const { rows } = await client.query(`select
      (select array_agg(app.decrypt(name_enc) || ' ' || app.decrypt(email_enc) order by user_id) from app.users) as users,
      (select array_agg(app.decrypt(job_name_enc) order by entry_id) from app.ticket_entries) as jobs,
      (select array_agg(app.decrypt(description_enc) order by building_id) from app.buildings) as buildings,
      (select count(*)::int from app.users where email_hash = app.email_hash(app.decrypt(email_enc))) as hashed,
      (select count(*)::int from app.login_attempts where email_hash = app.email_hash('tom@example.com')) as tom_attempts,
      (select count(*)::int from app.login_attempts where email_hash is not null) as hashed_attempts,
      (select app.decrypt(proposal_enc) from app.import_batches) as proposal,
      (select encode(app.decrypt_bytes(content_enc), 'hex') from app.import_uploads) as upload`);
    return rows[0];
  });
}

describe('rotate-key', () => {
  let before: Awaited<ReturnType<typeof plainTexts>>;
  let history: number;

  it('starts from data that only the old key reads', async () => {
    before = await plainTexts(TEST_ENCRYPTION_KEY);
    expect(before.users).toContain('Ada Admin ada@example.com');
    const counts = await decryptable(TEST_ENCRYPTION_KEY);
    expect(counts.total).toBeGreaterThan(200);
    expect(counts.ok).toBe(counts.total);
    history = (await db.owner.query('select count(*)::int as n from app.history')).rows[0].n;
  });

  it('refuses a wrong current key without changing anything', async () => {
    const snapshot = await tableSnapshot(db.owner, ['app']);
    const attempt = rotateEncryptionKey(db.ownerUrl, {
      oldKey: 'not-the-key-that-encrypted-this-data-000',
      newKey: NEW_KEY,
      batchSize: 50,
      logger,
    });
    await expect(attempt).rejects.toBeInstanceOf(OpsRefusal);
    await expect(attempt).rejects.toThrow(
      /does not decrypt with the current key|cannot be decrypted/,
    );
    expect(await tableSnapshot(db.owner, ['app'])).toEqual(snapshot);
    await db.owner.query('delete from ops.key_rotations');
  });

  it('resumes an interrupted rotation where it stopped', async () => {
    let batches = 0;
    const stoppedAt = { step: '', rowsDone: 0 };
    const interrupted = rotateEncryptionKey(db.ownerUrl, {
      oldKey: TEST_ENCRYPTION_KEY,
      newKey: NEW_KEY,
      batchSize: 25,
      logger,
      afterBatch: (step, rowsDone) => {
        Object.assign(stoppedAt, { step, rowsDone });
        batches += 1;
        if (batches === 3) throw new Error('power cut');
      },
    });
    await expect(interrupted).rejects.toThrow('power cut');
    // The batches before the cut are committed and recorded; the rest is under the old key.
    const { rows } = await db.owner.query(
      'select rows_done::int, finished_at from ops.key_rotation_steps where step = $1',
      [stoppedAt.step],
    );
    expect(rows).toEqual([{ rows_done: stoppedAt.rowsDone, finished_at: null }]);
    const halfway = await decryptable(NEW_KEY);
    expect(halfway.ok).toBeGreaterThan(0);
    expect(halfway.ok + (await decryptable(TEST_ENCRYPTION_KEY)).ok).toBe(halfway.total);
    // Another new key cannot take over a rotation that is under way.
    await expect(
      rotateEncryptionKey(db.ownerUrl, {
        oldKey: TEST_ENCRYPTION_KEY,
        newKey: `${NEW_KEY}-other`,
        batchSize: 25,
        logger,
      }),
    ).rejects.toThrow(/with other keys is unfinished/);

    const result = await rotateEncryptionKey(db.ownerUrl, {
      oldKey: TEST_ENCRYPTION_KEY,
      newKey: NEW_KEY,
      batchSize: 25,
      logger,
    });
    expect(result.resumed).toBe(true);
  });

  it('leaves everything readable with the new key and nothing with the old', async () => {
    const after = await decryptable(NEW_KEY);
    expect(after.ok).toBe(after.total);
    expect((await decryptable(TEST_ENCRYPTION_KEY)).ok).toBe(0);
    const now = await plainTexts(NEW_KEY);
    expect(now.users).toEqual(before.users);
    expect(now.jobs).toEqual(before.jobs);
    expect(now.buildings).toEqual(before.buildings);
    expect(now.proposal).toBe('{"drafts":[]}');
    expect(now.upload).toBe('00ff10');
    // Still binary data, as app.encrypt_bytes wrote it, not turned into text.
    await expect(
      db.owner.query('select extensions.pgp_sym_decrypt(content_enc, $1) from app.import_uploads', [
        NEW_KEY,
      ]),
    ).rejects.toThrow(/not text data/i);
    // Sign-in looks users up by a keyed hash of the email; it follows the key.
    expect(now.hashed).toBe(8);
    expect(now.tom_attempts).toBe(1);
    expect(now.hashed_attempts).toBe(before.hashed_attempts - 1);
  });

  it('is not an edit: no history, no changed flags', async () => {
    const { rows } = await db.owner.query('select count(*)::int as n from app.history');
    expect(rows[0].n).toBe(history);
  });

  it('says so when run again with the same keys', async () => {
    await expect(
      rotateEncryptionKey(db.ownerUrl, {
        oldKey: TEST_ENCRYPTION_KEY,
        newKey: NEW_KEY,
        batchSize: 25,
        logger,
      }),
    ).rejects.toThrow(/already rotated to the new key.*set ENCRYPTION_KEY/);
  });

  it('refuses to run while servers are connected', async () => {
    const server = await db.owner.query(`select 1`); // keeps nothing open; open one below
    expect(server.rowCount).toBe(1);
    const { default: pg } = await import('pg');
    const url = new URL(db.ownerUrl);
    url.username = 'authenticator';
    url.password = (await import('vitest')).inject('authenticatorPassword');
    const connected = new pg.Client({ connectionString: url.toString() });
    await connected.connect();
    try {
      await expect(
        rotateEncryptionKey(db.ownerUrl, {
          oldKey: NEW_KEY,
          newKey: TEST_ENCRYPTION_KEY,
          batchSize: 25,
          logger,
        }),
      ).rejects.toThrow(/connection\(s\) of Crewlog servers are open.*stop every server/);
    } finally {
      await connected.end();
    }
  });
});
