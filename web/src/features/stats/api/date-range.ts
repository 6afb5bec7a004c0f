import { addDays, monthOf, weekOf } from '../../../lib/time';

/** An inclusive range of calendar dates, "YYYY-MM-DD". */
export interface DateRange {
  from: string;
  to: string;
}

export type QuickRange = 'week' | 'month' | 'year';

export const QUICK_RANGES: { kind: QuickRange; label: string }[] = [
  { kind: 'week', label: 'This week' },
  { kind: 'month', label: 'This month' },
  { kind: 'year', label: 'This year' },
];

// The database refuses longer ranges (a leap year's worth), so the page says so first.
export const MAX_RANGE_DAYS = 366;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function quickRange(kind: QuickRange, today: string): DateRange {
  if (kind === 'week') return weekOf(today);
  if (kind === 'month') return monthOf(today);
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

function isDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  return !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && addDays(value, 0) === value;
}

/** Days from `from` to `to` (0 for the same day; negative when reversed). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Why a range cannot be shown, in words for the person who chose it; null when it can. */
export function rangeProblem(range: DateRange): string | null {
  if (!isDate(range.from) || !isDate(range.to)) return 'Choose both a start and an end date.';
  const days = daysBetween(range.from, range.to);
  if (days < 0) return 'The start date is after the end date.';
  if (days > MAX_RANGE_DAYS) return `Choose a range of at most ${MAX_RANGE_DAYS} days.`;
  return null;
}

/** The range in the address (?from=…&to=…), or this month when there is none. */
export function rangeFromParams(params: URLSearchParams, today: string): DateRange {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return quickRange('month', today);
  return { from: from ?? '', to: to ?? '' };
}

/** Which quick range, if any, the range is exactly. */
export function matchingQuickRange(range: DateRange, today: string): QuickRange | null {
  const found = QUICK_RANGES.find(({ kind }) => {
    const quick = quickRange(kind, today);
    return quick.from === range.from && quick.to === range.to;
  });
  return found?.kind ?? null;
}
