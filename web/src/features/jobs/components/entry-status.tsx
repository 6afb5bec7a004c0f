import Badge from 'react-bootstrap/Badge';
import { formatInstant } from '../../../lib/time';
import { type EntryAlert, useEntryAlerts, useEntryHistory } from '../api/entry-extras';
import type { JobEntry } from '../api/types';

/** The changed flag and the entry's alert state, in one line at the top of the entry. */
export function EntryFlags({ entry, timeZone }: { entry: JobEntry; timeZone: string }) {
  const alerts = useEntryAlerts(entry.entry_id);
  const open = alerts.data?.find((a) => a.resolved_at === null);
  return (
    <div className="d-flex flex-wrap gap-2 align-items-center mb-3">
      {entry.job_changed_flag ? (
        <Badge bg="secondary" title={`Last changed ${formatInstant(entry.updated_at, timeZone)}`}>
          Changed after creation
        </Badge>
      ) : (
        <Badge bg="light" text="dark" className="border">
          Unchanged since creation
        </Badge>
      )}
      {open ? (
        <Badge bg={open.severity === 'warning' ? 'warning' : 'info'} text="dark">
          Alert open: {open.message ?? open.title}
        </Badge>
      ) : (
        <Badge bg="success">No open alert</Badge>
      )}
    </div>
  );
}

export function AlertHistory({ alerts, timeZone }: { alerts: EntryAlert[]; timeZone: string }) {
  if (alerts.length === 0) return <p className="m-0">No alerts were raised for this job.</p>;
  return (
    <ul className="m-0 ps-3">
      {alerts.map((alert) => (
        <li key={alert.alert_id}>
          {alert.title} — raised {formatInstant(alert.created_at, timeZone)}
          {alert.resolved_at
            ? `, resolved ${formatInstant(alert.resolved_at, timeZone)}`
            : ' (open)'}
        </li>
      ))}
    </ul>
  );
}

export function EntryAlertsPanel({ entryId, timeZone }: { entryId: number; timeZone: string }) {
  const alerts = useEntryAlerts(entryId);
  if (!alerts.data) return null;
  return <AlertHistory alerts={alerts.data} timeZone={timeZone} />;
}

function describeChange(changes: Record<string, unknown> | null): string {
  if (!changes) return '';
  const fields = Object.keys(
    (changes.new as Record<string, unknown> | undefined) ??
      (changes.after as Record<string, unknown>) ??
      changes,
  ).filter(
    (k) => !['updated_at', 'created_at', 'entry_id', 'user_id'].includes(k) && !k.endsWith('_enc'),
  );
  return fields.length > 0 && fields.length < 8
    ? `: ${fields.map((f) => f.replace(/^job_/, '').replace(/_/g, ' ')).join(', ')}`
    : '';
}

/** The audit trail where the reader may see it; otherwise what the entry itself records. */
export function EntryHistory({ entry, timeZone }: { entry: JobEntry; timeZone: string }) {
  const history = useEntryHistory(entry.entry_id);
  const basics = (
    <ul className="m-0 ps-3">
      <li>Created {formatInstant(entry.created_at, timeZone)}</li>
      <li>
        Last saved {formatInstant(entry.updated_at, timeZone)}
        {entry.job_changed_flag ? ' (changed after creation)' : ''}
      </li>
    </ul>
  );
  if (!history.data?.visible || history.data.rows.length === 0) return basics;
  return (
    <ol className="m-0 ps-3">
      {history.data.rows.map((row) => (
        <li key={row.history_id}>
          {formatInstant(row.created_at, timeZone)} — {row.action}
          {describeChange(row.changes)}
        </li>
      ))}
    </ol>
  );
}
