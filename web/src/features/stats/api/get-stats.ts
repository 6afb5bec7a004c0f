import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';
import type { DateRange } from './date-range';
import type {
  AlertRow,
  BuildingRow,
  DayHoursRow,
  DeviceTypeRow,
  FollowupRow,
  MemberHoursRow,
  WeekHoursRow,
} from './shape-stats';

/** Whose figures: one person's, or (null) the whole team's. */
export type Scope = number | null;

interface StatRows {
  stats_hours_by_day: DayHoursRow;
  stats_hours_by_week: WeekHoursRow;
  stats_hours_by_member: MemberHoursRow;
  stats_entries_per_building: BuildingRow;
  stats_entries_per_device_type: DeviceTypeRow;
  stats_followups: FollowupRow;
  stats_alerts: AlertRow;
}
export type StatFunction = keyof StatRows;

// Functions that count only what the caller may see, whoever asks, take no person.
const WITHOUT_PERSON: StatFunction[] = ['stats_alerts', 'stats_hours_by_member'];

/**
 * One statistics function over a range: aggregates computed by the database, never rows
 * downloaded and counted here. The previous range's figures stay up while the next load.
 */
export function useStat<F extends StatFunction>(
  fn: F,
  range: DateRange,
  scope: Scope,
  enabled = true,
) {
  return useQuery({
    queryKey: ['stats', fn, range.from, range.to, scope],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () => {
      const args: Record<string, unknown> = { date_from: range.from, date_to: range.to };
      // The functions' own default (null) means the team; a GET cannot send a null anyway.
      if (scope !== null && !WITHOUT_PERSON.includes(fn)) args.for_user = scope;
      return run<StatRows[F][]>(api.rpc(fn, args, { get: true }));
    },
  });
}
