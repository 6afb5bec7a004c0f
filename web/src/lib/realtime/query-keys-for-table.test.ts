import { describe, expect, it } from 'vitest';
import { queryKeysForTable } from './query-keys-for-table';

describe('queryKeysForTable', () => {
  it('refreshes the lists, days and summaries a job change touches', () => {
    expect(queryKeysForTable('ticket_entries')).toEqual([
      ['jobs'],
      ['day'],
      ['summary'],
      ['profile'],
      ['management', 'work'],
      ['calendar'],
      ['stats'],
      ['team'],
    ]);
  });
  it('ignores tables no page shows', () => {
    expect(queryKeysForTable('history')).toEqual([]);
  });
});
