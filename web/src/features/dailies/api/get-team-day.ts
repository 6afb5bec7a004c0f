import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';
import { type ReadableNames, type TeamActivityRow, teamDay } from './team-day';

// A team's day is a few dozen rows; the cap only guards against a runaway import.
const DAY_LIMIT = 1000;

/**
 * Everyone's work on one date. Who worked where and when comes from the team's aggregate
 * view; job and task names come from the entries the reader may read, which row-level
 * security decides (a field user: their own; managers and admins: everyone's).
 */
export function useTeamDay(date: string) {
  return useQuery({
    queryKey: ['day', 'team', date],
    queryFn: async () => {
      const [activity, jobs, tasks] = await Promise.all([
        run<TeamActivityRow[]>(
          api
            .from('team_activity')
            .select(
              'kind,item_id,user_id,alias,color,start_time,end_time,ticket_number,building_name,followup_required',
            )
            .eq('work_date', date)
            .limit(DAY_LIMIT),
        ),
        run<{ entry_id: number; job_name: string | null; job_changed_flag: boolean }[]>(
          api
            .from('ticket_entries')
            .select('entry_id,job_name,job_changed_flag')
            .eq('job_date', date)
            .limit(DAY_LIMIT),
        ),
        run<{ entry_id: number; misc_name: string | null }[]>(
          api
            .from('ticket_misc_entries')
            .select('entry_id,misc_name')
            .eq('misc_start_date', date)
            .limit(DAY_LIMIT),
        ),
      ]);
      const names: ReadableNames = {
        jobs: new Map(
          jobs.map((j) => [j.entry_id, { name: j.job_name, changed: j.job_changed_flag }]),
        ),
        tasks: new Map(tasks.map((t) => [t.entry_id, t.misc_name])),
      };
      return teamDay(activity, names);
    },
  });
}
