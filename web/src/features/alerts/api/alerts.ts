import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';

export type AlertType = 'job' | 'site' | 'security' | 'system';
export type Severity = 'info' | 'warning' | 'critical';

/** A row of the `alerts` view; which rows a person sees is row-level security's decision. */
export interface AlertRow {
  alert_id: number;
  alert_type: AlertType;
  severity: Severity;
  title: string;
  message: string | null;
  created_by: number | null;
  created_at: string;
  resolved_at: string | null;
}

const COLUMNS = 'alert_id,alert_type,severity,title,message,created_by,created_at,resolved_at';
const BANNER_LIMIT = 5;

// Under 'alerts', so an alert hint refreshes it (see query-keys-for-table).
export const siteAlertsKey = ['alerts', 'site', 'unresolved'] as const;

/**
 * Site-wide announcements an administrator issued (maintenance, new terms): alert_type
 * 'site', still unresolved, newest first.
 */
export function useSiteAlerts(enabled: boolean) {
  return useQuery({
    queryKey: siteAlertsKey,
    enabled,
    queryFn: () =>
      run<AlertRow[]>(
        api
          .from('alerts')
          .select(COLUMNS)
          .eq('alert_type', 'site')
          .is('resolved_at', null)
          .order('created_at', { ascending: false })
          .limit(BANNER_LIMIT),
      ),
  });
}

/** One alert, re-read after a hint; null when it is not (or no longer) visible to me. */
export async function fetchAlert(id: number | string): Promise<AlertRow | null> {
  const rows = await run<AlertRow[]>(
    api.from('alerts').select(COLUMNS).eq('alert_id', id).limit(1),
  );
  return rows[0] ?? null;
}
