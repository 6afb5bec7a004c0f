import { describe, expect, it } from 'vitest';
import { nextDay, startOfDayIn } from './day-range';

describe('startOfDayIn', () => {
  it('starts a day at local midnight', () => {
    expect(startOfDayIn('2026-01-15', 'America/Los_Angeles')).toBe('2026-01-15T08:00:00.000Z');
    expect(startOfDayIn('2026-07-15', 'America/Los_Angeles')).toBe('2026-07-15T07:00:00.000Z');
    expect(startOfDayIn('2026-07-15', 'Asia/Kolkata')).toBe('2026-07-14T18:30:00.000Z');
    expect(startOfDayIn('2026-07-15', 'UTC')).toBe('2026-07-15T00:00:00.000Z');
  });

  it('handles the day the clocks go forward', () => {
    expect(startOfDayIn('2026-03-08', 'America/Los_Angeles')).toBe('2026-03-08T08:00:00.000Z');
    expect(startOfDayIn('2026-03-09', 'America/Los_Angeles')).toBe('2026-03-09T07:00:00.000Z');
  });

  it('refuses text that is not a date', () => {
    expect(() => startOfDayIn('yesterday', 'UTC')).toThrow(RangeError);
  });
});

describe('nextDay', () => {
  it('crosses months and years', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
