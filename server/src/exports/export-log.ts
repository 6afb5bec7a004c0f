import type pg from 'pg';

/** Logs a finished export in the same transaction that read the data. */
export async function logExport(
  client: pg.PoolClient,
  format: 'json' | 'csv',
  fileName: string,
  recordCount: number,
): Promise<void> {
  await client.query(
    `insert into api.import_export_logs (direction, format, file_name, status, record_count, finished_at)
     values ('export', $1, $2, 'succeeded', $3, now())`,
    [format, fileName, recordCount],
  );
}
