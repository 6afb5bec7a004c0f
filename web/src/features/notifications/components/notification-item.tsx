import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { formatInstant } from '../../../lib/time';
import type { NotificationRow, ReceiptChange } from '../api/notifications';

/**
 * One notification: title, message, when it arrived, and whether I read it. Buttons name
 * their notification, so a screen-reader list of buttons stays meaningful.
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
          aria-label={`Mark “${n.title}” ${unread ? 'read' : 'unread'}`}
        >
          {unread ? 'Mark read' : 'Mark unread'}
        </Button>
        <Button
          size="sm"
          variant="outline-secondary"
          disabled={busy}
          onClick={() => onChange({ dismissed_at: n.dismissed_at ? null : now() })}
          aria-label={`${n.dismissed_at ? 'Restore' : 'Dismiss'} “${n.title}”`}
        >
          {n.dismissed_at ? 'Restore' : 'Dismiss'}
        </Button>
      </div>
    </li>
  );
}
