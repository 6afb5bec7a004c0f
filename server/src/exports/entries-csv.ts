import type pg from 'pg';

export const CSV_COLUMNS = [
  'entry_id',
  'user_alias',
  'job_date',
  'job_start_time',
  'job_end_time',
  'ticket_number',
  'building_name',
  'job_name',
  'job_description',
  'job_materials_needed',
  'job_materials_used',
  'job_access_needed',
  'job_programming_changes',
  'job_followup_required',
] as const;

// Whose rows appear is decided by RLS alone: a field user's own, a manager's or admin's
// whole team.
const ENTRIES = `select e.entry_id, u.alias as user_alias, e.job_date::text, e.job_start_time::text,
    e.job_end_time::text, t.ticket_number, b.building_name, e.job_name, e.job_description,
    e.job_materials_needed, e.job_materials_used, e.job_access_needed, e.job_programming_changes,
    e.job_followup_required
  from api.ticket_entries e
  join app.tickets t on t.ticket_id = e.ticket_id
  join api.buildings b on b.building_id = t.building_id
  join api.users u on u.user_id = e.user_id
  where e.job_date between $1 and $2
  order by e.job_date, e.job_start_time nulls first, u.alias, e.entry_id`;

export async function entriesBetween(
  client: pg.PoolClient,
  from: string,
  to: string,
): Promise<Record<string, unknown>[]> {
  return (await client.query(ENTRIES, [from, to])).rows;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(rows: Record<string, unknown>[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map((column) => cell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A spreadsheet would run a cell starting with = + - @ as a formula; text from job
  // descriptions must stay text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
