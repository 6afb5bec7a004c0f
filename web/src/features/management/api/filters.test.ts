import { describe, expect, it } from 'vitest';
import { changeFilters, filtersToParams, readFilters } from './filters';

const read = (query: string) => readFilters(new URLSearchParams(query));

describe('readFilters', () => {
  it('opens on the open job alerts of everyone', () => {
    expect(read('')).toEqual({
      section: 'alerts',
      person: null,
      building: null,
      state: 'open',
      reason: null,
      page: 1,
    });
  });

  it('reads a section with its filters', () => {
    expect(read('section=entries&person=7&building=3&state=followup&page=2')).toEqual({
      section: 'entries',
      person: 7,
      building: 3,
      state: 'followup',
      reason: null,
      page: 2,
    });
  });

  it('falls back to defaults for anything it does not know', () => {
    expect(read('section=payroll&person=-1&building=abc&state=lost&reason=coffee&page=0')).toEqual(
      read(''),
    );
    expect(read('section=tasks&state=followup&building=3').state).toBe('all');
    expect(read('section=tasks&building=3').building).toBeNull();
    expect(read('section=entries&reason=access needed').reason).toBeNull();
    expect(read('reason=access needed').reason).toBe('access needed');
  });
});

describe('filtersToParams', () => {
  it('leaves defaults out, so it round-trips', () => {
    expect(filtersToParams(read('')).toString()).toBe('');
    const query = 'section=tickets&person=4&building=2&state=deleted&page=3';
    expect(filtersToParams(read(query)).toString()).toBe(query);
  });
});

describe('changeFilters', () => {
  it('starts again at page 1 unless paging', () => {
    const onPage3 = read('section=entries&page=3');
    expect(changeFilters(onPage3, { person: 5 }).page).toBe(1);
    expect(changeFilters(onPage3, { page: 4 }).page).toBe(4);
  });

  it('keeps who across sections, and a state only where it exists', () => {
    const deletedEntries = read('section=entries&person=5&state=deleted');
    expect(changeFilters(deletedEntries, { section: 'tasks' })).toMatchObject({
      section: 'tasks',
      person: 5,
      state: 'deleted',
    });
    const followups = read('section=entries&state=followup');
    expect(changeFilters(followups, { section: 'tickets' }).state).toBe('all');
  });
});
