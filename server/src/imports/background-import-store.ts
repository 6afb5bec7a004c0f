import type pg from 'pg';

/** An uploaded file, not yet read. */
export interface RawUpload {
  fileName: string;
  data: Buffer;
}

export type ImportStatus = 'parsing' | 'ready' | 'failed';

/** How far a background import has come (api.import_progress). */
export interface ImportProgress {
  import_id: string;
  status: ImportStatus;
  files_total: number;
  files_parsed: number;
  error: string | null;
}

/**
 * Stores the files of a large import for the background job and starts it: the progress
 * row's insert enqueues task parse_import in this same transaction (see migration 0070).
 */
export async function queueBackgroundImport(
  client: pg.PoolClient,
  files: RawUpload[],
): Promise<ImportProgress> {
  const { rows } = await client.query<{ import_id: string }>(
    'insert into app.import_batches (proposal_enc) values (null) returning import_id',
  );
  const importId = rows[0]?.import_id as string;
  for (const [position, file] of files.entries()) {
    await client.query(
      `insert into app.import_uploads (import_id, position, file_name, content_enc)
       values ($1, $2, $3, app.encrypt_bytes($4))`,
      [importId, position, file.fileName.slice(0, 300), file.data],
    );
  }
  await client.query('insert into app.import_progress (import_id, files_total) values ($1, $2)', [
    importId,
    files.length,
  ]);
  return {
    import_id: importId,
    status: 'parsing',
    files_total: files.length,
    files_parsed: 0,
    error: null,
  };
}

/** Progress of an import the signed-in user may see (undefined: none, or not a background one). */
export async function readProgress(
  client: pg.PoolClient,
  importId: string,
): Promise<ImportProgress | undefined> {
  const { rows } = await client.query<ImportProgress>(
    `select import_id, status, files_total, files_parsed, error from api.import_progress
      where import_id = $1`,
    [importId],
  );
  return rows[0];
}

/** The files' names in upload order; their bytes are read one at a time. */
export async function listUploads(
  client: pg.PoolClient,
  importId: string,
): Promise<{ position: number; file_name: string }[]> {
  const { rows } = await client.query<{ position: number; file_name: string }>(
    'select position, file_name from app.import_uploads where import_id = $1 order by position',
    [importId],
  );
  return rows;
}

export async function readUploadBytes(
  client: pg.PoolClient,
  importId: string,
  position: number,
): Promise<Buffer> {
  const { rows } = await client.query<{ data: Buffer }>(
    `select app.decrypt_bytes(content_enc) as data from app.import_uploads
      where import_id = $1 and position = $2`,
    [importId, position],
  );
  return rows[0]?.data ?? Buffer.alloc(0);
}

export async function recordFilesParsed(
  client: pg.PoolClient,
  importId: string,
  parsed: number,
): Promise<void> {
  await client.query('update app.import_progress set files_parsed = $2 where import_id = $1', [
    importId,
    parsed,
  ]);
}

/** The job is over, one way or the other: the files are no longer needed. */
export async function finishProgress(
  client: pg.PoolClient,
  importId: string,
  outcome: { status: 'ready' } | { status: 'failed'; error: string },
): Promise<void> {
  await client.query('delete from app.import_uploads where import_id = $1', [importId]);
  await client.query(
    `update app.import_progress
        set status = $2, error = $3,
            files_parsed = case when $2 = 'ready' then files_total else files_parsed end
      where import_id = $1`,
    [importId, outcome.status, outcome.status === 'failed' ? outcome.error.slice(0, 2000) : null],
  );
}
