import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, pageRange, run, runWithCount } from '../../../lib/api-client';
import type { ManagementFilters } from './filters';
import { managementKeys } from './keys';

export const ALERTS_PAGE_SIZE = 20;

export interface TeamAlert {
  alert_id: number;
  severity: 'info' | 'warning' | 'critical';
  title: string;
  message: string | null;
  source_table: string | null;
  source_id: number | null;
  subject_user_id: number | null;
  created_at: string;
  resolved_at: string | null;
  resolved_by: number | null;
}

const COLUMNS =
  'alert_id,severity,title,message,source_table,source_id,subject_user_id,created_at,resolved_at,resolved_by';

/** The team's job alerts as filtered; row-level security limits them to what one may see. */
export function useTeamAlerts(filters: ManagementFilters) {
  return useQuery({
    queryKey: managementKeys.alertList(filters),
    queryFn: () => {
      let query = api.from('alerts').select(COLUMNS, { count: 'exact' }).eq('alert_type', 'job');
      if (filters.state === 'open') query = query.is('resolved_at', null);
      if (filters.state === 'resolved') query = query.not('resolved_at', 'is', null);
      if (filters.person !== null) query = query.eq('subject_user_id', filters.person);
      // The message lists what the entry needs, e.g. "materials needed, follow-up required".
      if (filters.reason) query = query.ilike('message', `%${filters.reason}%`);
      const [from, to] = pageRange(filters.page, ALERTS_PAGE_SIZE);
      return runWithCount<TeamAlert[]>(
        query
          .order('created_at', { ascending: false })
          .order('alert_id', { ascending: false })
          .range(from, to),
      );
    },
    placeholderData: keepPreviousData,
  });
}

/** The newest open job alerts, whatever the filters: what the page announces as it arrives. */
export function useNewestAlerts() {
  return useQuery({
    queryKey: managementKeys.newestAlerts,
    queryFn: () =>
      run<TeamAlert[]>(
        api
          .from('alerts')
          .select(COLUMNS)
          .eq('alert_type', 'job')
          .is('resolved_at', null)
          .order('alert_id', { ascending: false })
          .limit(10),
      ),
  });
}

export async function resolveAlert(alertId: number): Promise<void> {
  await run(
    api
      .from('alerts')
      .update({ resolved_at: new Date().toISOString() })
      .eq('alert_id', alertId)
      .select('alert_id'),
  );
}
