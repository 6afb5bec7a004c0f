/**
 * The calendar runs in FullCalendar's UTC mode on purpose: job dates and times are
 * wall-clock values ("the 3rd, 08:00–10:30"), so they are handed to the calendar as UTC and
 * read back from the UTC fields. No browser timezone or DST rule can shift them, and "now"
 * is the wall clock of the user's preferred timezone, encoded the same way.
 */

/** A job date and optional times as the API stores them. */
export interface WallTimes {
  date: string;
  start: string | null;
  end: string | null;
}

/** "2026-03-08" + "08:30:00" → "2026-03-08T08:30:00" (read as UTC by the calendar). */
export function toCalendarDateTime(date: string, time: string): string {
  return `${date}T${time.length === 5 ? `${time}:00` : time.slice(0, 8)}`;
}

/** The date part of a calendar Date ("2026-03-08"). */
export function calendarDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** The time part of a calendar Date ("08:30"). */
export function calendarTime(value: Date): string {
  return value.toISOString().slice(11, 16);
}

/** The wall clock in `timeZone` at `instant`, as "YYYY-MM-DDTHH:mm:ss" for the calendar. */
export function nowIn(timeZone: string, instant = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
}

/** The dates a view shows: FullCalendar's end is exclusive, the API filters are inclusive. */
export function visibleDates(start: Date, endExclusive: Date): { from: string; to: string } {
  const last = new Date(endExclusive.getTime() - 24 * 60 * 60 * 1000);
  return { from: calendarDate(start), to: calendarDate(last) };
}

/** Where a moved or resized event now sits, in the API's terms. */
export function timesFromEvent(event: {
  start: Date | null;
  end: Date | null;
  allDay: boolean;
}): WallTimes | null {
  if (!event.start) return null;
  const date = calendarDate(event.start);
  if (event.allDay) return { date, start: null, end: null };
  return {
    date,
    start: calendarTime(event.start),
    end: event.end ? calendarTime(event.end) : null,
  };
}

/**
 * An entry is one stretch of one day (the database wants its end after its start), and a
 * drop may not turn a timed entry into an all-day one or back, which would lose its times.
 */
export function dropFits(
  span: { start: Date; end: Date | null; allDay: boolean },
  moving: { allDay: boolean } | null,
): boolean {
  if (moving && moving.allDay !== span.allDay) return false;
  if (span.allDay || !span.end) return true;
  return calendarDate(span.start) === calendarDate(span.end);
}

const DAY_START = 6;
const DAY_END = 20;

/**
 * The hours the time grid shows: a working day, widened to whatever is on screen, so the
 * grid stays short on a phone and still shows a night shift.
 */
export function visibleHours(times: WallTimes[]): { min: string; max: string } {
  let min = DAY_START;
  let max = DAY_END;
  for (const t of times) {
    if (!t.start) continue;
    min = Math.min(min, Number(t.start.slice(0, 2)));
    const end = t.end ?? t.start;
    const endHour = Number(end.slice(0, 2)) + (end.slice(3, 5) === '00' ? 0 : 1);
    max = Math.max(max, Math.min(24, endHour + (t.end ? 0 : 1)));
  }
  const pad = (h: number) => `${String(h).padStart(2, '0')}:00:00`;
  return { min: pad(min), max: pad(max) };
}
