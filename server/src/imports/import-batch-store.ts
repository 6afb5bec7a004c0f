import type pg from 'pg';
import type { ExportedPreferences } from '../exports/export-format';
import type { KnownBuilding } from './building-match';
import type { Draft, TaskDraft } from './draft';

/** What POST /import proposed, kept (encrypted) until the user confirms it. */
export interface StoredProposal {
  drafts: Draft[];
  tasks: TaskDraft[];
  preferences: ExportedPreferences | null;
  files: { file_name: string; format: string; log_id: number }[];
}

export interface ImportedFile {
  fileName: string;
  format: 'eml' | 'msg' | 'json';
  recordCount: number;
}

/** The importing user's timezone and the buildings they can see (RLS decides which). */
export async function proposalInputs(
  client: pg.PoolClient,
): Promise<{ timeZone: string; buildings: KnownBuilding[] }> {
  const me = await client.query<{ user_preferred_timezone: string }>(
    'select user_preferred_timezone from api.users where user_id = app.current_user_id()',
  );
  const buildings = await client.query<KnownBuilding>(
    'select building_id::int, building_name, building_address from api.buildings order by building_id',
  );
  return {
    timeZone: me.rows[0]?.user_preferred_timezone ?? 'UTC',
    buildings: buildings.rows,
  };
}

/** Buildings of the tickets that already exist among these numbers. */
export async function existingTicketBuildings(
  client: pg.PoolClient,
  numbers: string[],
): Promise<Map<string, number>> {
  const { rows } = await client.query<{ ticket_number: string; building_id: number }>(
    'select ticket_number, building_id::int from api.tickets where ticket_number = any($1)',
    [numbers],
  );
  return new Map(rows.map((row) => [row.ticket_number, row.building_id]));
}

/** One pending log row per file, and the batch that remembers the proposal. */
export async function createImportBatch(
  client: pg.PoolClient,
  files: ImportedFile[],
  proposal: Omit<StoredProposal, 'files'>,
): Promise<string> {
  const stored: StoredProposal = { ...proposal, files: await insertPendingLogs(client, files) };
  const { rows } = await client.query<{ import_id: string }>(
    `insert into app.import_batches (proposal_enc, log_ids)
     values (app.encrypt($1), $2) returning import_id`,
    [JSON.stringify(stored), stored.files.map((file) => file.log_id)],
  );
  return rows[0]?.import_id as string;
}

/** The proposal of a batch whose files a background job has just read. */
export async function storeProposal(
  client: pg.PoolClient,
  importId: string,
  files: ImportedFile[],
  proposal: Omit<StoredProposal, 'files'>,
): Promise<void> {
  const stored: StoredProposal = { ...proposal, files: await insertPendingLogs(client, files) };
  await client.query(
    `update app.import_batches set proposal_enc = app.encrypt($2), log_ids = $3
      where import_id = $1`,
    [importId, JSON.stringify(stored), stored.files.map((file) => file.log_id)],
  );
}

async function insertPendingLogs(
  client: pg.PoolClient,
  files: ImportedFile[],
): Promise<StoredProposal['files']> {
  const logged: StoredProposal['files'] = [];
  for (const file of files) {
    const { rows } = await client.query<{ log_id: number }>(
      `insert into api.import_export_logs (direction, format, file_name, status, record_count)
       values ('import', $1, $2, 'pending', $3) returning log_id::int`,
      [file.format, file.fileName.slice(0, 255), file.recordCount],
    );
    logged.push({
      file_name: file.fileName,
      format: file.format,
      log_id: rows[0]?.log_id as number,
    });
  }
  return logged;
}

/** A failed import is logged too (in its own transaction: the import itself wrote nothing). */
export async function logFailedImport(
  client: pg.PoolClient,
  fileName: string,
  format: string,
  reason: string,
): Promise<void> {
  await client.query(
    `insert into api.import_export_logs (direction, format, file_name, status, error, finished_at)
     values ('import', $1, $2, 'failed', $3, now())`,
    [format, fileName.slice(0, 255), reason.slice(0, 2000)],
  );
}

/** The unconfirmed batch, locked for confirming; undefined when there is none to confirm. */
export async function lockPendingBatch(
  client: pg.PoolClient,
  importId: string,
): Promise<StoredProposal | undefined> {
  const { rows } = await client.query<{ proposal: string }>(
    `select app.decrypt(proposal_enc) as proposal from app.import_batches
      where import_id = $1 and confirmed_at is null and proposal_enc is not null for update`,
    [importId],
  );
  return rows[0] ? (JSON.parse(rows[0].proposal) as StoredProposal) : undefined;
}

export async function markBatchConfirmed(
  client: pg.PoolClient,
  importId: string,
  countsByLog: Map<number, number>,
): Promise<void> {
  for (const [logId, count] of countsByLog) {
    await client.query(
      `update api.import_export_logs set status = 'succeeded', record_count = $2, finished_at = now()
        where log_id = $1`,
      [logId, count],
    );
  }
  await client.query('update app.import_batches set confirmed_at = now() where import_id = $1', [
    importId,
  ]);
}

/** A batch of the signed-in user's (RLS hides everyone else's), confirmed or not. */
export async function readBatch(
  client: pg.PoolClient,
  importId: string,
): Promise<{ proposal: StoredProposal | null; confirmed_at: string | null } | undefined> {
  const { rows } = await client.query<{ proposal: string | null; confirmed_at: string | null }>(
    `select app.decrypt(proposal_enc) as proposal, confirmed_at::text from app.import_batches
      where import_id = $1`,
    [importId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    proposal: row.proposal === null ? null : JSON.parse(row.proposal),
    confirmed_at: row.confirmed_at,
  };
}
