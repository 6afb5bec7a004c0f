import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from './entries-csv';

describe('toCsv', () => {
  it('quotes separators, doubles quotes and keeps formulas as text', () => {
    const row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as Record<string, unknown>;
    const csv = toCsv([
      {
        ...row,
        entry_id: 1,
        job_name: '=HYPERLINK("http://x")',
        job_description: 'a,b\nc',
        job_followup_required: false,
      },
      { ...row, entry_id: 2, job_name: '@cmd', job_description: '-1+1' },
    ]);
    const [, first, second] = csv.split('\r\n');
    expect(first).toBe(`1,,,,,,,"'=HYPERLINK(""http://x"")","a,b\nc",,,,,false`);
    expect(second).toBe(`2,,,,,,,'@cmd,'-1+1,,,,,`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
