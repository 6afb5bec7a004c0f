import { describe, expect, it } from 'vitest';
import { durationMinutes, formatHours, monthOf, todayIn, weekOf } from './time';

describe('time', () => {
  it('measures wall-clock durations, past midnight too', () => {
    expect(durationMinutes('08:00:00', '10:30:00')).toBe(150);
    expect(durationMinutes('22:00', '01:00')).toBe(180);
    expect(durationMinutes(null, '01:00')).toBe(0);
  });
  it('formats hours', () => {
    expect(formatHours(150)).toBe('2 h 30 min');
    expect(formatHours(120)).toBe('2 h');
  });
  it('finds today in a timezone', () => {
    const instant = new Date('2026-01-01T05:00:00Z');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2025-12-31');
    expect(todayIn('Europe/Berlin', instant)).toBe('2026-01-01');
  });
  it('finds weeks and months', () => {
    expect(weekOf('2026-11-25')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(monthOf('2026-02-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
});
