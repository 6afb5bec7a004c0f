import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, run, runWithCount } from '../../../lib/api-client';
import type { ActivityRow } from './group-activity';

// A team's day is a few dozen rows; the cap only guards against a runaway import.
const DAY_LIMIT = 1000;

/** Everyone's work on one date, from the aggregate view every signed-in person may read. */
export function useTeamDay(date: string) {
  return useQuery({
    queryKey: ['team', 'day', date],
    queryFn: () =>
      run<ActivityRow[]>(
        api
          .from('team_activity')
          .select(
            'kind,item_id,user_id,alias,color,start_time,end_time,ticket_number,building_name',
          )
          .eq('work_date', date)
          .order('start_time', { nullsFirst: false })
          .limit(DAY_LIMIT),
      ),
  });
}

export interface MemberHours {
  user_id: number;
  alias: string;
  color: string;
  entry_hours: number | string;
  task_hours: number | string;
}

/** Each member's hours in a range, summed by the database. */
export function useMemberHours(from: string, to: string) {
  return useQuery({
    // The statistics pages use the same key for the same figures, so they share the cache.
    queryKey: ['stats', 'stats_hours_by_member', from, to, null],
    placeholderData: keepPreviousData,
    queryFn: () =>
      run<MemberHours[]>(
        api.rpc('stats_hours_by_member', { date_from: from, date_to: to }, { get: true }),
      ),
  });
}

export interface OpenFollowUp {
  alert_id: number;
  title: string;
  source_id: number | null;
  subject_user_id: number | null;
  created_at: string;
}

export const FOLLOWUPS_SHOWN = 20;

/**
 * Open follow-up alerts, newest first (what came up lately; Management lists them all).
 * Row-level security decides whose: a field user's own, a manager's or admin's whole team.
 */
export function useOpenFollowUps() {
  return useQuery({
    queryKey: ['team', 'followups'],
    queryFn: () =>
      runWithCount<OpenFollowUp[]>(
        api
          .from('alerts')
          .select('alert_id,title,source_id,subject_user_id,created_at', { count: 'exact' })
          .eq('alert_type', 'job')
          .is('resolved_at', null)
          .order('created_at', { ascending: false })
          .limit(FOLLOWUPS_SHOWN),
      ),
  });
}

/** The team directory (aliases), for naming the people alerts are about. */
export function useTeamDirectory() {
  return useQuery({
    queryKey: ['team', 'directory'],
    staleTime: 5 * 60_000,
    queryFn: () =>
      run<{ user_id: number; alias: string }[]>(api.from('users').select('user_id,alias')),
  });
}
