import type { TeamAlert } from './team-alerts';

/**
 * Which alerts are new since the last look. The first look only remembers where it stands
 * (what was there on opening the page is not news); later looks return what is newer.
 */
export function arrivalsSince(
  rows: TeamAlert[],
  lastSeen: number | null,
): { fresh: TeamAlert[]; lastSeen: number } {
  const newest = rows.reduce((max, row) => Math.max(max, row.alert_id), lastSeen ?? 0);
  if (lastSeen === null) return { fresh: [], lastSeen: newest };
  return { fresh: rows.filter((row) => row.alert_id > lastSeen), lastSeen: newest };
}

/** The sentence a screen reader hears when alerts arrive. */
export function describeArrivals(
  fresh: TeamAlert[],
  nameOf: (userId: number | null) => string,
): string {
  const [first] = fresh;
  if (!first) return '';
  const one = (alert: TeamAlert) => `${alert.title} (${nameOf(alert.subject_user_id)})`;
  if (fresh.length === 1) return `New job alert: ${one(first)}.`;
  return `${fresh.length} new job alerts: ${fresh.map(one).join('; ')}.`;
}
