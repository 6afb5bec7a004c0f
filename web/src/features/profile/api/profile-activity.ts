import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';
import { durationMinutes } from '../../../lib/time';

interface ActivityRow {
  kind: 'entry' | 'task';
  item_id: number;
  user_id: number;
  alias: string;
  color: string | null;
  work_date: string;
  start_time: string | null;
  end_time: string | null;
  ticket_number: string | null;
  building_name: string | null;
  followup_required: boolean;
}

const COLUMNS =
  'kind,item_id,user_id,alias,color,work_date,start_time,end_time,ticket_number,building_name,followup_required';

/** My five most recent items of work. */
export function useRecentWork(userId: number | null) {
  return useQuery({
    queryKey: ['profile', 'recent', userId],
    enabled: userId !== null,
    queryFn: () =>
      run<ActivityRow[]>(
        api
          .from('team_activity')
          .select(COLUMNS)
          .eq('user_id', userId as number)
          .order('work_date', { ascending: false })
          .order('start_time', { ascending: false, nullsFirst: false })
          .limit(5),
      ),
  });
}

export interface TeamMemberSummary {
  userId: number;
  alias: string;
  color: string | null;
  minutes: number;
  items: number;
  followups: number;
}

/** Everyone's hours over a date range (aggregate only: the view holds no job details). */
export function useTeamSummary(from: string, to: string) {
  return useQuery({
    queryKey: ['profile', 'team', from, to],
    queryFn: async () => {
      const rows = await run<ActivityRow[]>(
        api
          .from('team_activity')
          .select(COLUMNS)
          .gte('work_date', from)
          .lte('work_date', to)
          .limit(5000),
      );
      const byUser = new Map<number, TeamMemberSummary>();
      for (const row of rows) {
        const m = byUser.get(row.user_id) ?? {
          userId: row.user_id,
          alias: row.alias,
          color: row.color,
          minutes: 0,
          items: 0,
          followups: 0,
        };
        m.minutes += durationMinutes(row.start_time, row.end_time);
        m.items += 1;
        if (row.followup_required) m.followups += 1;
        byUser.set(row.user_id, m);
      }
      return [...byUser.values()].sort((a, b) => b.minutes - a.minutes);
    },
  });
}

/** How many of my entries still need a follow-up. */
export function useOpenFollowUpCount(userId: number | null) {
  return useQuery({
    queryKey: ['profile', 'followups', userId],
    enabled: userId !== null,
    queryFn: async () => {
      const result = await api
        .from('ticket_entries')
        .select('entry_id', { count: 'exact', head: true })
        .eq('user_id', userId as number)
        .eq('job_followup_required', true);
      if (result.error) throw result.error;
      return result.count ?? 0;
    },
  });
}
