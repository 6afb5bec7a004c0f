import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, pageRange, run, runWithCount } from '../../../lib/api-client';

/** A row of the `team_activity` view: who worked where and when (no job details). */
export interface ActivityRow {
  kind: 'entry' | 'task';
  item_id: number;
  user_id: number;
  work_date: string;
  start_time: string | null;
  end_time: string | null;
  ticket_number: string | null;
  building_name: string | null;
  followup_required: boolean;
}

// Aggregates read a bounded window; a month of one person's work is a few hundred rows.
const RANGE_LIMIT = 2000;

export function useMyActivity(userId: number | null, from: string, to: string) {
  return useQuery({
    queryKey: ['summary', userId, from, to],
    enabled: userId !== null,
    queryFn: () =>
      run<ActivityRow[]>(
        api
          .from('team_activity')
          .select(
            'kind,item_id,user_id,work_date,start_time,end_time,ticket_number,building_name,followup_required',
          )
          .eq('user_id', userId as number)
          .gte('work_date', from)
          .lte('work_date', to)
          .limit(RANGE_LIMIT),
      ),
  });
}

export interface FollowUp {
  entry_id: number;
  job_name: string | null;
  job_date: string;
}

export const FOLLOWUPS_PAGE_SIZE = 10;

/** My entries still marked "follow-up required", oldest first (they have waited longest). */
export function useOpenFollowUps(userId: number | null, page: number) {
  return useQuery({
    queryKey: ['summary', 'followups', userId, page],
    enabled: userId !== null,
    queryFn: () => {
      const [from, to] = pageRange(page, FOLLOWUPS_PAGE_SIZE);
      return runWithCount<FollowUp[]>(
        api
          .from('ticket_entries')
          .select('entry_id,job_name,job_date', { count: 'exact' })
          .eq('user_id', userId as number)
          .eq('job_followup_required', true)
          .order('job_date')
          .range(from, to),
      );
    },
    placeholderData: keepPreviousData,
  });
}
