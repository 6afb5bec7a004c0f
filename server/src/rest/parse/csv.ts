/** RFC 4180 CSV, enough for request bodies and response bodies. */

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  const endCell = () => {
    row.push(!wasQuoted && cell === 'NULL' ? '\u0000NULL' : cell);
    cell = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') {
      quoted = true;
      wasQuoted = true;
    } else if (char === ',') endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += char;
  }
  if (cell !== '' || row.length > 0 || wasQuoted) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Rows of objects from CSV with a header line; an unquoted NULL is SQL null. */
export function csvToRecords(text: string): Record<string, unknown>[] {
  const [header, ...lines] = parseCsv(text);
  if (!header) return [];
  return lines.map((line) => {
    const record: Record<string, unknown> = {};
    header.forEach((key, i) => {
      const value = line[i] ?? null;
      record[key] = value === '\u0000NULL' ? null : value;
    });
    return record;
  });
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A JSON array of objects as CSV with a header line taken from the first row's keys. */
export function recordsToCsv(rows: Record<string, unknown>[], columns?: string[]): string {
  const keys = columns ?? Object.keys(rows[0] ?? {});
  const lines = [keys.map(csvCell).join(',')];
  for (const row of rows) lines.push(keys.map((k) => csvCell(row[k])).join(','));
  return lines.join('\n');
}
