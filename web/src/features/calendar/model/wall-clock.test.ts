import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  calendarTime,
  dropFits,
  nowIn,
  timesFromEvent,
  toCalendarDateTime,
  visibleDates,
  visibleHours,
} from './wall-clock';

// 2026-03-08 is the day clocks in Los Angeles spring forward (02:00 → 03:00); 2026-11-01
// the day they fall back.
const utc = (iso: string) => new Date(`${iso}Z`);

describe('wall-clock times on the calendar', () => {
  it('hands the typed times to the calendar unchanged, even in the skipped hour', () => {
    expect(toCalendarDateTime('2026-03-08', '02:30:00')).toBe('2026-03-08T02:30:00');
    expect(toCalendarDateTime('2026-03-08', '08:00')).toBe('2026-03-08T08:00:00');
    const start = utc(toCalendarDateTime('2026-03-08', '02:30:00'));
    expect(calendarDate(start)).toBe('2026-03-08');
    expect(calendarTime(start)).toBe('02:30');
  });

  it('keeps 08:00 at 08:00 when an entry is moved across the DST change', () => {
    // Dragged from Saturday to Sunday: one calendar day later in UTC mode.
    const moved = timesFromEvent({
      start: utc('2026-03-08T08:00:00'),
      end: utc('2026-03-08T10:30:00'),
      allDay: false,
    });
    expect(moved).toEqual({ date: '2026-03-08', start: '08:00', end: '10:30' });
  });

  it('tells "now" by the preferred timezone, before and after the change', () => {
    expect(nowIn('America/Los_Angeles', new Date('2026-03-08T09:30:00Z'))).toBe(
      '2026-03-08T01:30:00',
    );
    expect(nowIn('America/Los_Angeles', new Date('2026-03-08T10:30:00Z'))).toBe(
      '2026-03-08T03:30:00',
    );
    // The fall-back day repeats 01:xx; both are that wall clock.
    expect(nowIn('America/Los_Angeles', new Date('2026-11-01T08:30:00Z'))).toBe(
      '2026-11-01T01:30:00',
    );
    expect(nowIn('America/Los_Angeles', new Date('2026-11-01T09:30:00Z'))).toBe(
      '2026-11-01T01:30:00',
    );
    expect(nowIn('Europe/Berlin', new Date('2026-03-08T23:30:00Z'))).toBe('2026-03-09T00:30:00');
  });

  it('turns the view’s exclusive end into the last date shown', () => {
    expect(visibleDates(utc('2026-03-02T00:00:00'), utc('2026-03-09T00:00:00'))).toEqual({
      from: '2026-03-02',
      to: '2026-03-08',
    });
  });

  it('reads an all-day drop as a date without times', () => {
    expect(timesFromEvent({ start: utc('2026-03-04T00:00:00'), end: null, allDay: true })).toEqual({
      date: '2026-03-04',
      start: null,
      end: null,
    });
    expect(timesFromEvent({ start: null, end: null, allDay: false })).toBeNull();
  });

  it('keeps a drop within one day and within its kind', () => {
    const span = (start: string, end: string, allDay = false) => ({
      start: utc(start),
      end: utc(end),
      allDay,
    });
    expect(dropFits(span('2026-03-08T22:00:00', '2026-03-08T23:30:00'), { allDay: false })).toBe(
      true,
    );
    expect(dropFits(span('2026-03-08T23:00:00', '2026-03-09T00:00:00'), { allDay: false })).toBe(
      false,
    );
    expect(
      dropFits(span('2026-03-08T00:00:00', '2026-03-09T00:00:00', true), { allDay: false }),
    ).toBe(false);
    expect(
      dropFits(span('2026-03-08T00:00:00', '2026-03-09T00:00:00', true), { allDay: true }),
    ).toBe(true);
  });

  it('shows a working day, widened to early and late items', () => {
    expect(visibleHours([])).toEqual({ min: '06:00:00', max: '20:00:00' });
    expect(
      visibleHours([
        { date: '2026-03-08', start: '04:15:00', end: '05:00:00' },
        { date: '2026-03-08', start: '21:00:00', end: '22:30:00' },
        { date: '2026-03-08', start: null, end: null },
      ]),
    ).toEqual({ min: '04:00:00', max: '23:00:00' });
    expect(visibleHours([{ date: '2026-03-08', start: '23:30:00', end: null }]).max).toBe(
      '24:00:00',
    );
  });
});
