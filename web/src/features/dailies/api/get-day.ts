import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';

export interface DayItem {
  kind: 'job' | 'task';
  id: number;
  name: string;
  start: string | null;
  end: string | null;
  ticketNumber: string | null;
  buildingName: string | null;
  followup: boolean;
  changed: boolean;
}

interface EntryRow {
  entry_id: number;
  ticket_id: number;
  job_name: string | null;
  job_start_time: string | null;
  job_end_time: string | null;
  job_followup_required: boolean;
  job_changed_flag: boolean;
}
interface TaskRow {
  entry_id: number;
  misc_name: string | null;
  misc_start_time: string | null;
  misc_end_time: string | null;
}

// A day holds a handful of items; the cap only guards against a runaway import.
const DAY_LIMIT = 200;

/** My jobs and tasks of one date, in time order, with ticket and building names. */
export function useDay(userId: number | null, date: string) {
  return useQuery({
    queryKey: ['day', userId, date],
    enabled: userId !== null,
    queryFn: async (): Promise<DayItem[]> => {
      const [entries, tasks] = await Promise.all([
        run<EntryRow[]>(
          api
            .from('ticket_entries')
            .select(
              'entry_id,ticket_id,job_name,job_start_time,job_end_time,job_followup_required,job_changed_flag',
            )
            .eq('user_id', userId as number)
            .eq('job_date', date)
            .order('job_start_time', { nullsFirst: false })
            .limit(DAY_LIMIT),
        ),
        run<TaskRow[]>(
          api
            .from('ticket_misc_entries')
            .select('entry_id,misc_name,misc_start_time,misc_end_time')
            .eq('user_id', userId as number)
            .eq('misc_start_date', date)
            .order('misc_start_time', { nullsFirst: false })
            .limit(DAY_LIMIT),
        ),
      ]);
      const ticketIds = [...new Set(entries.map((e) => e.ticket_id))];
      const tickets = ticketIds.length
        ? await run<{ ticket_id: number; ticket_number: string; building_id: number }[]>(
            api
              .from('tickets')
              .select('ticket_id,ticket_number,building_id')
              .in('ticket_id', ticketIds),
          )
        : [];
      const buildingIds = [...new Set(tickets.map((t) => t.building_id))];
      const buildings = buildingIds.length
        ? await run<{ building_id: number; building_name: string }[]>(
            api
              .from('buildings')
              .select('building_id,building_name')
              .in('building_id', buildingIds),
          )
        : [];
      const ticketOf = new Map(tickets.map((t) => [t.ticket_id, t]));
      const buildingOf = new Map(buildings.map((b) => [b.building_id, b.building_name]));
      const items: DayItem[] = [
        ...entries.map((e) => {
          const ticket = ticketOf.get(e.ticket_id);
          return {
            kind: 'job' as const,
            id: e.entry_id,
            name: e.job_name ?? 'Untitled job',
            start: e.job_start_time,
            end: e.job_end_time,
            ticketNumber: ticket?.ticket_number ?? null,
            buildingName: ticket ? (buildingOf.get(ticket.building_id) ?? null) : null,
            followup: e.job_followup_required,
            changed: e.job_changed_flag,
          };
        }),
        ...tasks.map((t) => ({
          kind: 'task' as const,
          id: t.entry_id,
          name: t.misc_name ?? 'Untitled task',
          start: t.misc_start_time,
          end: t.misc_end_time,
          ticketNumber: null,
          buildingName: null,
          followup: false,
          changed: false,
        })),
      ];
      return items.sort((a, b) => (a.start ?? '99').localeCompare(b.start ?? '99'));
    },
  });
}
