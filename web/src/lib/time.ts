/**
 * Dates and times. Job dates and times are wall-clock values the technician typed ("on the
 * 3rd, 08:00–10:30") and are shown as typed; instants (created_at, last activity) are shown
 * in the user's preferred timezone.
 */

/** "2026-11-25" for today in `timeZone`. */
export function todayIn(timeZone: string, now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** An instant as "25 Nov 2026, 14:05" in `timeZone`. */
export function formatInstant(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A calendar date "2026-11-25" as "Wed 25 Nov 2026" (no timezone shift: it is a date). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "08:30:00" → "08:30". */
export function formatTime(time: string | null | undefined): string {
  if (!time) return '—';
  return time.slice(0, 5);
}

function minutesOf(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Minutes between two wall-clock times; an end before the start means past midnight. */
export function durationMinutes(
  start: string | null | undefined,
  end: string | null | undefined,
): number {
  if (!start || !end) return 0;
  const a = minutesOf(start);
  const b = minutesOf(end);
  if (a === null || b === null) return 0;
  return b >= a ? b - a : b + 24 * 60 - a;
}

/** 150 → "2 h 30 min"; 45 → "45 min"; 0 → "0 h". */
export function formatHours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (m === 0) return `${h} h`;
  return h === 0 ? `${m} min` : `${h} h ${m} min`;
}

/** 150 → "2.50" (for copying into timesheets). */
export function decimalHours(minutes: number): string {
  return (minutes / 60).toFixed(2);
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Monday..Sunday of the week holding `isoDate`. */
export function weekOf(isoDate: string): { from: string; to: string } {
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  const from = addDays(isoDate, -((day + 6) % 7));
  return { from, to: addDays(from, 6) };
}

/** First..last day of the month holding `isoDate`. */
export function monthOf(isoDate: string): { from: string; to: string } {
  const [y, m] = isoDate.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}
