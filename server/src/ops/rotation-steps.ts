import type pg from 'pg';
import { type CipherMode, detectCipherMode, findEncryptedTables, ident } from './encrypted-columns';

// The options app.encrypt uses; bytes columns are re-encrypted with the same.
const PGP_OPTIONS = 'cipher-algo=aes256, s2k-mode=1, compress-algo=0';

/**
 * One resumable unit of a rotation: the rows of one table, in primary-key order, each
 * batch setting `assignments` (SQL over the row `t`; $1 is the old key, and the
 * transaction's app.settings.encryption_key is the new one).
 */
export interface RotationStep {
  step: string;
  table: string;
  primaryKey: { name: string; type: string }[];
  assignments: string[];
  /** Run in each batch's transaction before the update (e.g. a lookup table). */
  prepare?: string;
}

function reencrypt(column: string, mode: CipherMode): string {
  const c = `t.${ident(column)}`;
  return mode === 'text'
    ? `${ident(column)} = app.encrypt(extensions.pgp_sym_decrypt(${c}, $1))`
    : `${ident(column)} = extensions.pgp_sym_encrypt_bytea(extensions.pgp_sym_decrypt_bytea(${c}, $1), app.encryption_key(), '${PGP_OPTIONS}')`;
}

/**
 * Every step, in the order they must run. Besides the `_enc` columns, two keyed hashes
 * (HMACs under the same key) follow the key: users.email_hash is recomputed from the
 * email, and login_attempts.email_hash, whose email is not stored, is mapped through
 * the users' old and new hashes after the users are done. Attempts for unknown emails
 * lose the hash: it could only ever match under the old key.
 */
export async function planRotationSteps(
  client: pg.ClientBase,
  keys: { oldKey: string; newKey: string },
): Promise<RotationStep[]> {
  const steps: RotationStep[] = [];
  for (const table of await findEncryptedTables(client)) {
    const assignments: string[] = [];
    for (const column of table.columns) {
      const mode = await detectCipherMode(client, table.table, column.name, [
        keys.oldKey,
        keys.newKey,
      ]);
      assignments.push(reencrypt(column.name, mode));
    }
    if (table.table === 'users' && table.columns.some((c) => c.name === 'email_enc')) {
      assignments.push('email_hash = app.email_hash(extensions.pgp_sym_decrypt(t.email_enc, $1))');
    }
    steps.push({
      step: table.table,
      table: table.table,
      primaryKey: table.primaryKey,
      assignments,
    });
  }
  if (steps.some((s) => s.table === 'users') && (await hasLoginAttemptHashes(client))) {
    steps.push({
      step: 'login_attempts.email_hash',
      table: 'login_attempts',
      primaryKey: [{ name: 'attempt_id', type: 'bigint' }],
      prepare: `create temp table rotated_email_hashes on commit drop as
        select extensions.hmac(lower(trim(app.decrypt(email_enc))), $1::text, 'sha256') as old_hash,
               email_hash as new_hash
          from app.users`,
      assignments: [
        'email_hash = (select r.new_hash from rotated_email_hashes r where r.old_hash = t.email_hash)',
      ],
    });
  }
  return steps;
}

async function hasLoginAttemptHashes(client: pg.ClientBase): Promise<boolean> {
  const { rowCount } = await client.query(
    `select 1 from pg_attribute
      where attrelid = to_regclass('app.login_attempts') and attname = 'email_hash' and not attisdropped`,
  );
  return (rowCount ?? 0) > 0;
}

/** The one statement of a batch: $1 old key, $2 batch size, $3 position (or null). */
export function batchStatement(step: RotationStep): string {
  const pk = step.primaryKey.map((c) => ident(c.name));
  const after = step.primaryKey.map((c, i) => `($3::jsonb ->> ${i})::${c.type}`).join(', ');
  const join = pk.map((c) => `t.${c} = b.${c}`).join(' and ');
  // `keys` types $1 even for steps whose assignments do not use the old key.
  return `with keys as (select $1::text as old_key), batch as (
      select ${pk.join(', ')} from app.${ident(step.table)}
       where $3::jsonb is null or (${pk.join(', ')}) > (${after})
       order by ${pk.join(', ')} limit $2 for update
    ), done as (
      update app.${ident(step.table)} t set ${step.assignments.join(', ')}
        from batch b where ${join}
      returning ${pk.map((c) => `t.${c}`).join(', ')}
    )
    select count(*)::int as n,
           (select jsonb_build_array(${pk.map((c) => `${c}::text`).join(', ')}) from done
             order by ${pk.map((c) => `${c} desc`).join(', ')} limit 1) as last
      from done`;
}
