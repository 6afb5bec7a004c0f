import { useQuery } from '@tanstack/react-query';
import { api, run, runWithCount } from '../../../lib/api-client';

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
  days: number;
}

interface HoursPerDay {
  work_date: string;
  user_id: number;
  entry_hours: number | string;
  task_hours: number | string;
}

/**
 * Everyone's hours over a date range, summed by the database (stats_hours_per_day), then
 * named from the team directory. Only aggregates cross the wire, never others' job details.
 */
export function useTeamSummary(from: string, to: string) {
  return useQuery({
    queryKey: ['profile', 'team', from, to],
    queryFn: async () => {
      const days = await run<HoursPerDay[]>(
        api.rpc('stats_hours_per_day', { date_from: from, date_to: to }),
      );
      const byUser = new Map<number, { minutes: number; days: number }>();
      for (const day of days) {
        const m = byUser.get(day.user_id) ?? { minutes: 0, days: 0 };
        m.minutes += Math.round((Number(day.entry_hours) + Number(day.task_hours)) * 60);
        m.days += 1;
        byUser.set(day.user_id, m);
      }
      if (byUser.size === 0) return [];
      const people = await run<
        { user_id: number; alias: string; user_preferred_color: string | null }[]
      >(
        api
          .from('users')
          .select('user_id,alias,user_preferred_color')
          .in('user_id', [...byUser.keys()]),
      );
      const named = new Map(people.map((p) => [p.user_id, p]));
      return [...byUser.entries()]
        .map(([userId, m]) => ({
          userId,
          alias: named.get(userId)?.alias ?? `#${userId}`,
          color: named.get(userId)?.user_preferred_color ?? null,
          ...m,
        }))
        .sort((a, b) => b.minutes - a.minutes || a.alias.localeCompare(b.alias));
    },
  });
}

/** My entries still waiting for a follow-up: the oldest five, and how many there are. */
export function useOpenFollowUps(userId: number | null) {
  return useQuery({
    queryKey: ['profile', 'followups', userId],
    enabled: userId !== null,
    queryFn: () =>
      runWithCount<{ entry_id: number; job_name: string | null; job_date: string }[]>(
        api
          .from('ticket_entries')
          .select('entry_id,job_name,job_date', { count: 'exact' })
          .eq('user_id', userId as number)
          .eq('job_followup_required', true)
          .order('job_date')
          .limit(5),
      ),
  });
}
