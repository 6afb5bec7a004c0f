import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import { useUnreadCount } from '../api/notifications';
import { NotificationPanel } from './notification-panel';

/** What the bell is called by screen readers: "Notifications, 3 unread". */
export function bellLabel(unread: number | undefined): string {
  if (unread === undefined) return 'Notifications';
  return `Notifications, ${unread === 0 ? 'none' : unread} unread`;
}

/** The bell in the top bar: my unread count (kept live by change hints) and the panel. */
export function NotificationBell({
  timeZone,
  className,
}: {
  timeZone: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount(true);
  const count = unread.data;
  return (
    <>
      <button
        type="button"
        className={`btn btn-link nav-link position-relative px-2 ${className ?? ''}`}
        aria-label={bellLabel(count)}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        <BellIcon />
        {count !== undefined && count > 0 && (
          <Badge
            bg="danger"
            pill
            className="position-absolute top-0 start-100 translate-middle"
            aria-hidden="true"
          >
            {count > 99 ? '99+' : count}
          </Badge>
        )}
      </button>
      <NotificationPanel
        show={open}
        onHide={() => setOpen(false)}
        unread={count ?? 0}
        timeZone={timeZone}
      />
    </>
  );
}

function BellIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 16 16"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M8 16a2 2 0 0 0 2-2H6a2 2 0 0 0 2 2zm.995-14.901a1 1 0 1 0-1.99 0A5.002 5.002 0 0 0 3 6c0 1.098-.5 6-2 7h14c-1.5-1-2-5.902-2-7 0-2.42-1.72-4.44-4.005-4.901z" />
    </svg>
  );
}
