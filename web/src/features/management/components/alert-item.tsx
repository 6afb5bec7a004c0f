import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { Link } from 'react-router';
import { formatInstant } from '../../../lib/time';
import type { TeamAlert } from '../api/team-alerts';

/** One job alert: what the entry needs, whose it is, when it was raised, and Resolve. */
export function AlertItem({
  alert,
  isNew,
  nameOf,
  timeZone,
  busy,
  onResolve,
}: {
  alert: TeamAlert;
  isNew: boolean;
  nameOf: (userId: number | null) => string;
  timeZone: string;
  busy: boolean;
  onResolve: () => void;
}) {
  const entryLink =
    alert.source_table === 'ticket_entries' && alert.source_id !== null
      ? `/jobs/${alert.source_id}`
      : null;
  return (
    <li className="list-row">
      <div className="flex-grow-1" style={{ minWidth: '12rem' }}>
        {entryLink ? (
          <Link to={entryLink} className="fw-semibold">
            {alert.title}
          </Link>
        ) : (
          <span className="fw-semibold">{alert.title}</span>
        )}
        <div className="small text-body-secondary">
          {nameOf(alert.subject_user_id)} · raised {formatInstant(alert.created_at, timeZone)}
        </div>
        {alert.resolved_at && (
          <div className="small">
            Resolved {formatInstant(alert.resolved_at, timeZone)}
            {alert.resolved_by !== null && ` by ${nameOf(alert.resolved_by)}`}
          </div>
        )}
      </div>
      <div className="d-flex flex-wrap gap-1 align-items-start">
        {isNew && (
          <Badge bg="info" text="dark">
            New
          </Badge>
        )}
        {alert.severity === 'warning' && (
          <Badge bg="warning" text="dark">
            Follow-up
          </Badge>
        )}
        {alert.resolved_at ? (
          <Badge bg="success">Resolved</Badge>
        ) : (
          <Button
            size="sm"
            variant="outline-primary"
            disabled={busy}
            aria-label={`Resolve alert ${alert.title} (${nameOf(alert.subject_user_id)})`}
            onClick={onResolve}
          >
            {busy ? 'Resolving…' : 'Resolve'}
          </Button>
        )}
      </div>
    </li>
  );
}
