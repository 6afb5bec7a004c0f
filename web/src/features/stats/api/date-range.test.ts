import { describe, expect, it } from 'vitest';
import { matchingQuickRange, quickRange, rangeFromParams, rangeProblem } from './date-range';

describe('statistics date ranges', () => {
  it('gives this week (Monday to Sunday), this month and this year', () => {
    expect(quickRange('week', '2026-03-04')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(quickRange('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(quickRange('year', '2026-07-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('explains ranges that cannot be shown', () => {
    expect(rangeProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
    expect(rangeProblem({ from: '2024-01-01', to: '2024-12-31' })).toBeNull();
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-01' })).toMatch(/after the end/);
    expect(rangeProblem({ from: '2024-01-01', to: '2025-01-02' })).toMatch(/at most 366 days/);
    expect(rangeProblem({ from: '', to: '2026-03-01' })).toMatch(/both/);
    expect(rangeProblem({ from: '2026-02-30', to: '2026-03-01' })).toMatch(/both/);
  });

  it('reads the range from the address, this month by default', () => {
    expect(rangeFromParams(new URLSearchParams(''), '2026-03-04')).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(
      rangeFromParams(new URLSearchParams('from=2026-01-05&to=2026-01-09'), '2026-03-04'),
    ).toEqual({
      from: '2026-01-05',
      to: '2026-01-09',
    });
  });

  it('recognises a quick range', () => {
    expect(matchingQuickRange({ from: '2026-03-02', to: '2026-03-08' }, '2026-03-04')).toBe('week');
    expect(matchingQuickRange({ from: '2026-03-02', to: '2026-03-09' }, '2026-03-04')).toBeNull();
  });
});
