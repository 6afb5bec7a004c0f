import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import { OpsRefusal } from './ops-refusal';
import { batchStatement, planRotationSteps, type RotationStep } from './rotation-steps';

export interface RotationOptions {
  oldKey: string;
  newKey: string;
  batchSize: number;
  logger: Logger;
  /** Go on although servers are connected (their writes during the run would be lost). */
  ignoreConnectedServers?: boolean;
  /** Called after each committed batch; a throw stops the run there (used by tests). */
  afterBatch?: (step: string, rowsDone: number) => void;
}

export interface RotationResult {
  rotationId: number;
  resumed: boolean;
  rows: Record<string, number>;
}

/** What a key is known by in the database: a hash, never the key. */
export function keyFingerprint(key: string): string {
  return createHash('sha256').update(`crewlog encryption key\0${key}`).digest('hex').slice(0, 32);
}

/**
 * Re-encrypts every encrypted column from the old key to the new one, batch by batch,
 * each batch one transaction that also records how far it got. Run it again after an
 * interruption, with the same keys, and it continues where it stopped.
 */
export async function rotateEncryptionKey(
  ownerUrl: string,
  options: RotationOptions,
): Promise<RotationResult> {
  if (options.oldKey === options.newKey) {
    throw new OpsRefusal('the new encryption key is the same as the current one');
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    if (!options.ignoreConnectedServers) await refuseWhileServersConnected(client);
    const unfinished = await unfinishedRotation(client, options);
    // Planning decrypts a sample of every column, so a wrong key stops the run here.
    const steps = await inTransaction(client, options.newKey, () =>
      planRotationSteps(client, options),
    );
    const resumed = unfinished !== undefined;
    const rotationId = unfinished ?? (await startRotation(client, options));
    const rows: Record<string, number> = {};
    for (const step of steps) rows[step.step] = await runStep(client, rotationId, step, options);
    await client.query('update ops.key_rotations set finished_at = now() where rotation_id = $1', [
      rotationId,
    ]);
    options.logger.info({ rotationId, rows }, 'key rotation finished');
    return { rotationId, resumed, rows };
  } finally {
    await client.end();
  }
}

async function refuseWhileServersConnected(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
      where datname = current_database() and usename = 'authenticator'`,
  );
  const n = rows[0]?.n ?? 0;
  if (n > 0) {
    throw new OpsRefusal(
      `${n} connection(s) of Crewlog servers are open on this database; stop every server and worker before rotating the key (rows they write meanwhile would stay under the old key)`,
    );
  }
}

/** The unfinished rotation these keys continue, if any; refuses what cannot go on. */
async function unfinishedRotation(
  client: pg.Client,
  { oldKey, newKey, logger }: RotationOptions,
): Promise<number | undefined> {
  const oldPrint = keyFingerprint(oldKey);
  const newPrint = keyFingerprint(newKey);
  const open = await client.query<{ rotation_id: string; o: string; n: string; started_at: Date }>(
    `select rotation_id, old_key_fingerprint as o, new_key_fingerprint as n, started_at
       from ops.key_rotations where finished_at is null`,
  );
  const unfinished = open.rows[0];
  if (unfinished) {
    if (unfinished.o !== oldPrint || unfinished.n !== newPrint) {
      throw new OpsRefusal(
        `a rotation started ${unfinished.started_at.toISOString()} with other keys is unfinished; run it again with the same current and new keys to complete it`,
      );
    }
    logger.info({ rotationId: unfinished.rotation_id }, 'resuming key rotation');
    return Number(unfinished.rotation_id);
  }
  const done = await client.query<{ finished_at: Date }>(
    `select finished_at from ops.key_rotations
      where old_key_fingerprint = $1 and new_key_fingerprint = $2 order by finished_at desc limit 1`,
    [oldPrint, newPrint],
  );
  if (done.rows[0]) {
    throw new OpsRefusal(
      `the data was already rotated to the new key (finished ${done.rows[0].finished_at.toISOString()}); set ENCRYPTION_KEY to the new key and start Crewlog`,
    );
  }
  return undefined;
}

async function startRotation(client: pg.Client, { oldKey, newKey, logger }: RotationOptions) {
  const created = await client.query<{ rotation_id: string }>(
    `insert into ops.key_rotations (old_key_fingerprint, new_key_fingerprint)
     values ($1, $2) returning rotation_id`,
    [keyFingerprint(oldKey), keyFingerprint(newKey)],
  );
  const rotationId = Number(created.rows[0]?.rotation_id);
  logger.info({ rotationId }, 'key rotation started');
  return rotationId;
}

async function runStep(
  client: pg.Client,
  rotationId: number,
  step: RotationStep,
  options: RotationOptions,
): Promise<number> {
  await client.query(
    `insert into ops.key_rotation_steps (rotation_id, step) values ($1, $2)
     on conflict do nothing`,
    [rotationId, step.step],
  );
  const sql = batchStatement(step);
  for (;;) {
    const state = await inTransaction(client, options.newKey, () =>
      runBatch(client, rotationId, step, sql, options),
    );
    options.logger.info(
      { step: step.step, rowsDone: state.rowsDone, finished: state.finished },
      'key rotation progress',
    );
    if (state.finished) return state.rowsDone;
    options.afterBatch?.(step.step, state.rowsDone);
  }
}

async function runBatch(
  client: pg.Client,
  rotationId: number,
  step: RotationStep,
  sql: string,
  { oldKey, batchSize }: RotationOptions,
): Promise<{ rowsDone: number; finished: boolean }> {
  const progress = await client.query<{ position: unknown; rows_done: string; finished: boolean }>(
    `select position, rows_done, finished_at is not null as finished
       from ops.key_rotation_steps where rotation_id = $1 and step = $2 for update`,
    [rotationId, step.step],
  );
  const current = progress.rows[0];
  if (!current || current.finished) {
    return { rowsDone: Number(current?.rows_done ?? 0), finished: true };
  }
  // Re-encrypting is not an edit: no history, no "changed" flag, no live hint, no new
  // updated_at. The lock this takes ends with the batch's transaction.
  const table = `app.${quote(step.table)}`;
  await client.query(`alter table ${table} disable trigger user`);
  if (step.prepare) await client.query(step.prepare, [oldKey]);
  let result: pg.QueryResult<{ n: number; last: unknown }>;
  try {
    result = await client.query(sql, [oldKey, batchSize, toJsonParam(current.position)]);
  } catch (error) {
    throw explainDecryptFailure(error, step);
  }
  await client.query(`alter table ${table} enable trigger user`);
  const n = result.rows[0]?.n ?? 0;
  const finished = n < batchSize;
  const updated = await client.query<{ rows_done: string }>(
    `update ops.key_rotation_steps
        set position = coalesce($3::jsonb, position), rows_done = rows_done + $4,
            finished_at = case when $5 then now() end
      where rotation_id = $1 and step = $2 returning rows_done`,
    [rotationId, step.step, toJsonParam(result.rows[0]?.last), n, finished],
  );
  return { rowsDone: Number(updated.rows[0]?.rows_done), finished };
}

function explainDecryptFailure(error: unknown, step: RotationStep): unknown {
  if (/wrong key or corrupt data/i.test((error as Error).message)) {
    return new OpsRefusal(
      `a row of app.${step.table} does not decrypt with the current key: is ENCRYPTION_KEY the key the data is encrypted with?`,
    );
  }
  return error;
}

async function inTransaction<T>(
  client: pg.Client,
  newKey: string,
  fn: () => Promise<T>,
): Promise<T> {
  await client.query('begin');
  try {
    await client.query(`select set_config('app.settings.encryption_key', $1, true)`, [newKey]);
    const result = await fn();
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  }
}

/** node-postgres would send a JS array as a SQL array; jsonb wants its JSON text. */
function toJsonParam(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
