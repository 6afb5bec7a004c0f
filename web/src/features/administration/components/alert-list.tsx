import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { formatInstant } from '../../../lib/time';
import { type AdminAlert, type AlertScope, useAlerts, useResolveAlert } from '../api/alerts';

const SEVERITY_BADGE: Record<AdminAlert['severity'], { bg: string; text?: 'dark' }> = {
  info: { bg: 'info', text: 'dark' },
  warning: { bg: 'warning', text: 'dark' },
  critical: { bg: 'danger' },
};

/**
 * Alerts with resolve and reopen. The list is live: new alerts and others' resolutions
 * arrive through the change hints for `alerts`, and are announced politely.
 */
export function AlertList({
  scope,
  label,
  timeZone,
}: {
  scope: AlertScope;
  label: string;
  timeZone: string;
}) {
  const [showResolved, setShowResolved] = useState(false);
  const alerts = useAlerts(scope, showResolved);
  const resolve = useResolveAlert();
  const open = alerts.data?.filter((a) => !a.resolved_at).length ?? 0;

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
        <p className="m-0" aria-live="polite">
          {alerts.data ? `${open} open ${open === 1 ? 'alert' : 'alerts'}` : ''}
        </p>
        <Form.Check
          type="switch"
          id={`${scope}-show-resolved`}
          label="Show resolved"
          checked={showResolved}
          onChange={(e) => setShowResolved(e.target.checked)}
        />
      </div>
      {resolve.isError && <ErrorMessage error={resolve.error} />}
      {alerts.isPending ? (
        <Loading label="Loading alerts" />
      ) : alerts.isError ? (
        <ErrorMessage error={alerts.error} onRetry={() => void alerts.refetch()} />
      ) : alerts.data.length === 0 ? (
        <p className="text-body-secondary">Nothing needs attention.</p>
      ) : (
        <ul className="list-unstyled m-0" aria-label={label}>
          {alerts.data.map((alert) => {
            const badge = SEVERITY_BADGE[alert.severity];
            return (
              <li key={alert.alert_id} className="list-row align-items-start">
                <div className="flex-grow-1">
                  <div className="fw-semibold">
                    <Badge bg={badge.bg} text={badge.text} className="me-2">
                      {alert.severity}
                    </Badge>
                    {alert.title}
                  </div>
                  {alert.message && <div className="text-break">{alert.message}</div>}
                  <div className="small text-body-secondary">
                    {alert.alert_type} · raised {formatInstant(alert.created_at, timeZone)}
                    {alert.resolved_at &&
                      ` · resolved ${formatInstant(alert.resolved_at, timeZone)}`}
                  </div>
                </div>
                <Button
                  size="sm"
                  variant={alert.resolved_at ? 'outline-secondary' : 'success'}
                  disabled={resolve.isPending}
                  aria-label={`${alert.resolved_at ? 'Reopen' : 'Resolve'}: ${alert.title}`}
                  onClick={() =>
                    resolve.mutate({ alertId: alert.alert_id, resolved: !alert.resolved_at })
                  }
                >
                  {alert.resolved_at ? 'Reopen' : 'Resolve'}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
