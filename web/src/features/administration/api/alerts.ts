import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';

export interface AdminAlert {
  alert_id: number;
  alert_type: 'security' | 'system' | 'site' | 'job';
  severity: 'info' | 'warning' | 'critical';
  title: string;
  message: string | null;
  created_at: string;
  resolved_at: string | null;
  resolved_by: number | null;
}

export type AlertScope = 'admin' | 'site';
const TYPES: Record<AlertScope, string[]> = { admin: ['security', 'system'], site: ['site'] };

// Under 'alerts', so the change hints that refresh every alert list refresh these too.
export const alertKeys = {
  list: (scope: AlertScope, showResolved: boolean) =>
    ['alerts', 'admin', scope, showResolved] as const,
  all: ['alerts', 'admin'] as const,
};

/** Security and system alerts (admins only), or the site-wide ones; open ones first. */
export function useAlerts(scope: AlertScope, showResolved: boolean) {
  return useQuery({
    queryKey: alertKeys.list(scope, showResolved),
    queryFn: () => {
      let query = api
        .from('alerts')
        .select('alert_id,alert_type,severity,title,message,created_at,resolved_at,resolved_by')
        .in('alert_type', TYPES[scope]);
      if (!showResolved) query = query.is('resolved_at', null);
      return run<AdminAlert[]>(
        query
          .order('resolved_at', { ascending: false, nullsFirst: true })
          .order('created_at', { ascending: false })
          .limit(50),
      );
    },
  });
}

/** Resolves (or reopens) an alert; the database records who did it. */
export function useResolveAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ alertId, resolved }: { alertId: number; resolved: boolean }) =>
      run(
        api
          .from('alerts')
          .update({ resolved_at: resolved ? new Date().toISOString() : null })
          .eq('alert_id', alertId),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertKeys.all }),
  });
}

export interface SiteAlertInput {
  title: string;
  message: string;
  severity: AdminAlert['severity'];
}

/** POST /alerts: a site-wide alert everyone sees (maintenance, outages, news). */
export function createSiteAlert(input: SiteAlertInput): Promise<unknown> {
  return run(api.from('alerts').insert({ alert_type: 'site', ...input }));
}

/** Moves the terms version (everyone agrees again) and raises a site alert saying so. */
export function issueTermsUpdate(input: { title: string; message: string }): Promise<string> {
  return run<string>(api.rpc('issue_terms_update', input));
}

/** The terms version everyone must have agreed to. */
export function useTermsVersion() {
  return useQuery({
    queryKey: ['admin-site', 'terms-version'],
    queryFn: async () => {
      const rows = await run<{ setting_value: unknown; updated_at: string }[]>(
        api
          .from('site_settings')
          .select('setting_value,updated_at')
          .eq('setting_key', 'terms_version')
          .limit(1),
      );
      const row = rows[0];
      return row ? { version: String(row.setting_value), updatedAt: row.updated_at } : null;
    },
  });
}

/** Title and message rules shared by the alert forms (the database checks them too). */
export function alertProblems(input: { title: string; message: string }): {
  title?: string;
  message?: string;
} {
  const problems: { title?: string; message?: string } = {};
  const title = input.title.trim();
  if (!title) problems.title = 'Give the alert a title.';
  else if (title.length > 200) problems.title = 'Keep the title to 200 characters.';
  if (input.message.length > 4000) problems.message = 'Keep the message to 4000 characters.';
  return problems;
}
