import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';
import {
  type ActivityRow,
  type BuildingOption,
  calendarKeys,
  type EntryRow,
  type Person,
  type TaskRow,
} from './types';

// Only the dates on screen are read. A month of the whole team is a few hundred rows; the
// cap keeps a pathological range from loading everything.
const RANGE_LIMIT = 2000;
const ENTRY_COLUMNS = 'entry_id,user_id,job_name,job_date,job_start_time,job_end_time';
const TASK_COLUMNS = 'entry_id,user_id,misc_name,misc_start_date,misc_start_time,misc_end_time';
const ACTIVITY_COLUMNS =
  'kind,item_id,user_id,alias,color,work_date,start_time,end_time,ticket_number,building_id,building_name';

export interface Range {
  from: string;
  to: string;
}

function entriesIn(range: Range, userId: number | null, columns = ENTRY_COLUMNS) {
  let query = api
    .from('ticket_entries')
    .select(columns)
    .gte('job_date', range.from)
    .lte('job_date', range.to);
  if (userId !== null) query = query.eq('user_id', userId);
  return run<EntryRow[]>(query.order('job_date').limit(RANGE_LIMIT));
}

function tasksIn(range: Range, userId: number | null, columns = TASK_COLUMNS) {
  let query = api
    .from('ticket_misc_entries')
    .select(columns)
    .gte('misc_start_date', range.from)
    .lte('misc_start_date', range.to);
  if (userId !== null) query = query.eq('user_id', userId);
  return run<TaskRow[]>(query.order('misc_start_date').limit(RANGE_LIMIT));
}

/** My entries and tasks on the dates shown. */
export function useMyCalendar(userId: number | null, range: Range | null) {
  return useQuery({
    queryKey: calendarKeys.mine(userId, range?.from ?? '', range?.to ?? ''),
    enabled: userId !== null && range !== null,
    queryFn: async () => {
      const r = range as Range;
      const [entries, tasks] = await Promise.all([entriesIn(r, userId), tasksIn(r, userId)]);
      return { entries, tasks };
    },
    placeholderData: keepPreviousData,
  });
}

export interface TeamFilter {
  person: number | null;
  building: number | null;
}

function activityIn(range: Range, filter: TeamFilter) {
  let query = api
    .from('team_activity')
    .select(ACTIVITY_COLUMNS)
    .gte('work_date', range.from)
    .lte('work_date', range.to);
  if (filter.person !== null) query = query.eq('user_id', filter.person);
  if (filter.building !== null) query = query.eq('building_id', filter.building);
  return run<ActivityRow[]>(query.order('work_date').limit(RANGE_LIMIT));
}

/**
 * The team's work on the dates shown. `team_activity` says who worked where and when for
 * everyone; the entries and tasks themselves come back only where row-level security lets
 * this viewer read them (their own, or everyone's for managers), and lend their names.
 */
export function useTeamCalendar(range: Range | null, filter: TeamFilter) {
  return useQuery({
    queryKey: calendarKeys.team(range?.from ?? '', range?.to ?? '', filter.person, filter.building),
    enabled: range !== null,
    queryFn: async () => {
      const r = range as Range;
      const [activity, entries, tasks] = await Promise.all([
        activityIn(r, filter),
        entriesIn(r, filter.person, 'entry_id,job_name'),
        filter.building === null ? tasksIn(r, filter.person, 'entry_id,misc_name') : [],
      ]);
      return { activity, entries, tasks };
    },
    placeholderData: keepPreviousData,
  });
}

/** The team directory, for the legend and the person filter. */
export function usePeople() {
  return useQuery({
    queryKey: calendarKeys.people,
    queryFn: () =>
      run<Person[]>(
        api
          .from('users')
          .select('user_id,alias,name,user_preferred_color,user_is_active')
          .order('alias'),
      ),
    staleTime: 60_000,
  });
}

export function useBuildingOptions() {
  return useQuery({
    queryKey: calendarKeys.buildings,
    queryFn: () =>
      run<BuildingOption[]>(
        api.from('buildings').select('building_id,building_name').order('building_name'),
      ),
    staleTime: 60_000,
  });
}
