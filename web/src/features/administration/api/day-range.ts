/**
 * The event log's date filter: the admin picks calendar days in their own timezone; the
 * API compares instants. These turn "from 3 March to 5 March" into [start, end) instants.
 */

/** Milliseconds `timeZone` is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - instant;
}

/** The instant a calendar day ("2026-03-03") starts in `timeZone`, as ISO text. */
export function startOfDayIn(isoDate: string, timeZone: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) throw new RangeError(`not a date: ${isoDate}`);
  const midnightUtc = Date.UTC(y, m - 1, d);
  let start = midnightUtc - offsetAt(midnightUtc, timeZone);
  // On a day the clocks change, the offset at the guess may differ from the offset at the start.
  const corrected = midnightUtc - offsetAt(start, timeZone);
  if (corrected !== start) start = corrected;
  return new Date(start).toISOString();
}

/** The day after a calendar day, as "YYYY-MM-DD". */
export function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}
