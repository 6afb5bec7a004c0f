import { describe, expect, it } from 'vitest';
import { csvToRecords, parseCsv, recordsToCsv } from './csv';

describe('csv', () => {
  it('parses quoted cells, escaped quotes, CRLF and NULL', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
    expect(csvToRecords('id,name\n1,NULL\n2,"NULL"')).toEqual([
      { id: '1', name: null },
      { id: '2', name: 'NULL' },
    ]);
    expect(csvToRecords('')).toEqual([]);
  });

  it('writes a header and quotes where needed', () => {
    expect(recordsToCsv([{ a: 1, b: 'x,y', c: null, d: { k: 1 } }])).toBe(
      'a,b,c,d\n1,"x,y",,"{""k"":1}"',
    );
    expect(recordsToCsv([], ['id'])).toBe('id');
  });
});
