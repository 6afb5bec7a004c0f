import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Pager } from '../../../components/ui/pager';
import { useToast } from '../../../components/ui/toaster/toast-context';
import { describeError } from '../../../lib/describe-error';
import type { ManagementFilters } from '../api/filters';
import { managementKeys } from '../api/keys';
import { ALERTS_PAGE_SIZE, resolveAlert, type TeamAlert, useTeamAlerts } from '../api/team-alerts';
import { AlertItem } from './alert-item';

/** The team's job alerts as filtered, newest first, each resolvable while open. */
export function AlertList({
  filters,
  newIds,
  nameOf,
  timeZone,
  onPage,
  onRowGone,
}: {
  filters: ManagementFilters;
  newIds: Set<number>;
  nameOf: (userId: number | null) => string;
  timeZone: string;
  onPage: (page: number) => void;
  onRowGone: () => void;
}) {
  const alerts = useTeamAlerts(filters);
  const queryClient = useQueryClient();
  const toast = useToast();
  const [busyId, setBusyId] = useState<number | null>(null);

  const resolve = async (alert: TeamAlert) => {
    setBusyId(alert.alert_id);
    try {
      await resolveAlert(alert.alert_id);
      toast({ message: `Resolved: ${alert.title}.`, variant: 'success' });
      await queryClient.invalidateQueries({ queryKey: managementKeys.alerts });
      onRowGone();
    } catch (error) {
      toast({ message: describeError(error), variant: 'danger' });
    } finally {
      setBusyId(null);
    }
  };

  if (alerts.isPending) return <Loading label="Loading job alerts" />;
  if (alerts.isError) {
    return <ErrorMessage error={alerts.error} onRetry={() => void alerts.refetch()} />;
  }
  const { data: rows, count } = alerts.data;
  return (
    <>
      {rows.length === 0 ? (
        <p>
          {filters.state === 'open'
            ? 'No open job alerts. All caught up.'
            : 'No job alert matches these filters.'}
        </p>
      ) : (
        <ul className="list-unstyled m-0" aria-label="Job alerts" aria-busy={alerts.isFetching}>
          {rows.map((alert) => (
            <AlertItem
              key={alert.alert_id}
              alert={alert}
              isNew={newIds.has(alert.alert_id)}
              nameOf={nameOf}
              timeZone={timeZone}
              busy={busyId === alert.alert_id}
              onResolve={() => void resolve(alert)}
            />
          ))}
        </ul>
      )}
      <Pager
        page={filters.page}
        pageSize={ALERTS_PAGE_SIZE}
        total={count}
        onPage={onPage}
        label="Job alert pages"
      />
    </>
  );
}
