import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { formatInstant } from '../../../lib/time';
import type { NotificationRow, ReceiptChange } from '../api/notifications';

/**
 * One notification: title, message, when it arrived, and whether I read it. Each button's
 * name is its visible words followed by the notification's title: a list of buttons stays
 * meaningful to screen readers, and speech commands that say the visible words still work.
 */
export function NotificationItem({
  notification: n,
  timeZone,
  busy,
  error,
  onChange,
}: {
  notification: NotificationRow;
  timeZone: string;
  busy: boolean;
  /** Why the last change to this notification failed, if it did. */
  error?: string;
  onChange: (change: ReceiptChange) => void;
}) {
  const unread = !n.read_at;
  const now = () => new Date().toISOString();
  const readLabel = unread ? 'Mark read' : 'Mark unread';
  const dismissLabel = n.dismissed_at ? 'Restore' : 'Dismiss';
  return (
    <li className="list-row">
      <div className="flex-grow-1" style={{ minWidth: '12rem' }}>
        <div className={`d-flex flex-wrap align-items-center gap-2${unread ? ' fw-bold' : ''}`}>
          {unread && (
            <Badge bg="primary" pill>
              New
            </Badge>
          )}
          <span className="text-break">{n.title}</span>
          {n.dismissed_at && <Badge bg="secondary">Dismissed</Badge>}
        </div>
        {n.message && (
          <p className="mb-1 text-break" style={{ whiteSpace: 'pre-line' }}>
            {n.message}
          </p>
        )}
        <div className="small text-body-secondary">{formatInstant(n.created_at, timeZone)}</div>
        {error && (
          <div className="small text-danger-emphasis" role="alert">
            {error}
          </div>
        )}
      </div>
      <div className="d-flex flex-wrap gap-2 align-items-start">
        <Button
          size="sm"
          variant="outline-primary"
          disabled={busy}
          onClick={() => onChange({ read_at: unread ? now() : null })}
          aria-label={`${readLabel} “${n.title}”`}
        >
          {readLabel}
        </Button>
        <Button
          size="sm"
          variant="outline-secondary"
          disabled={busy}
          onClick={() => onChange({ dismissed_at: n.dismissed_at ? null : now() })}
          aria-label={`${dismissLabel} “${n.title}”`}
        >
          {dismissLabel}
        </Button>
      </div>
    </li>
  );
}
