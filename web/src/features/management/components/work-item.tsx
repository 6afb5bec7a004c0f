import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { Link } from 'react-router';
import { formatDate, formatInstant, formatTime } from '../../../lib/time';
import { kindNoun } from '../api/moderate';
import type { WorkRow } from '../api/work-rows';

const STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  in_progress: 'In progress',
  closed: 'Closed',
};

/** One ticket, entry or task as a card-like row: what, whose, when, where, and actions. */
export function WorkItem({
  row,
  nameOf,
  buildingOf,
  timeZone,
  busy,
  onDelete,
  onRestore,
}: {
  row: WorkRow;
  nameOf: (userId: number | null) => string;
  buildingOf: (buildingId: number | null) => string | null;
  timeZone: string;
  busy: boolean;
  onDelete: () => void;
  onRestore: () => void;
}) {
  const noun = kindNoun(row.kind);
  const building = buildingOf(row.buildingId);
  const meta = [
    nameOf(row.ownerId),
    row.kind === 'tickets' ? `opened ${formatDate(row.date)}` : formatDate(row.date),
    row.startTime ? `${formatTime(row.startTime)}–${formatTime(row.endTime)}` : null,
    row.kind === 'entries' && row.ticketNumber ? `#${row.ticketNumber}` : null,
    building,
  ].filter(Boolean);
  return (
    <li className="list-row">
      <div className="flex-grow-1" style={{ minWidth: '12rem' }}>
        {row.href ? (
          <Link to={row.href} className="fw-semibold">
            {row.title}
          </Link>
        ) : (
          <span className="fw-semibold">{row.title}</span>
        )}
        <div className="small text-body-secondary">{meta.join(' · ')}</div>
        {row.deleted && (
          <div className="small mt-1">
            Deleted {formatInstant(row.deleted.at, timeZone)} by {nameOf(row.deleted.by)}
            {row.deleted.reason ? (
              <>
                {' — reason: '}
                <q>{row.deleted.reason}</q>
              </>
            ) : (
              ' (no reason given)'
            )}
          </div>
        )}
      </div>
      <div className="d-flex flex-wrap gap-1 align-items-start">
        {row.status && <Badge bg="secondary">{STATUS_LABELS[row.status] ?? row.status}</Badge>}
        {row.followup && (
          <Badge bg="warning" text="dark">
            Follow-up
          </Badge>
        )}
        {row.changed && <Badge bg="secondary">Changed</Badge>}
        {row.mayModerate && row.deleted && (
          <Button
            size="sm"
            variant="outline-primary"
            disabled={busy}
            aria-label={`Restore ${noun} “${row.title}” of ${nameOf(row.ownerId)}`}
            onClick={onRestore}
          >
            Restore
          </Button>
        )}
        {row.mayModerate && !row.deleted && (
          <Button
            size="sm"
            variant="outline-danger"
            disabled={busy}
            aria-label={`Delete ${noun} “${row.title}” of ${nameOf(row.ownerId)}`}
            onClick={onDelete}
          >
            Delete…
          </Button>
        )}
      </div>
    </li>
  );
}
