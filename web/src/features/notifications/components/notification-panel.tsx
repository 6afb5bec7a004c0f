import Button from 'react-bootstrap/Button';
import Offcanvas from 'react-bootstrap/Offcanvas';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { useRecentNotifications } from '../api/notifications';
import { useReceiptActions } from '../api/receipt-actions';
import { NotificationFeed } from './notification-feed';

/** The bell's panel: my newest notifications, with read / dismiss and "mark all read". */
export function NotificationPanel({
  show,
  onHide,
  unread,
  timeZone,
}: {
  show: boolean;
  onHide: () => void;
  unread: number;
  timeZone: string;
}) {
  const recent = useRecentNotifications(show);
  const { markAll } = useReceiptActions();
  return (
    <Offcanvas
      show={show}
      onHide={onHide}
      placement="end"
      aria-labelledby="notification-panel-title"
    >
      <Offcanvas.Header closeButton closeLabel="Close notifications">
        <Offcanvas.Title as="h2" className="h5" id="notification-panel-title">
          Notifications
        </Offcanvas.Title>
      </Offcanvas.Header>
      <Offcanvas.Body className="pt-0">
        <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-2">
          <span aria-live="polite">{unread === 0 ? 'All read' : `${unread} unread`}</span>
          <Button
            size="sm"
            variant="primary"
            disabled={unread === 0 || markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            Mark all read
          </Button>
        </div>
        {markAll.isError && <ErrorMessage error={markAll.error} />}
        {recent.isPending ? (
          <Loading label="Loading notifications" />
        ) : recent.isError ? (
          <ErrorMessage error={recent.error} onRetry={() => void recent.refetch()} />
        ) : recent.data.length === 0 ? (
          <p className="text-body-secondary">No notifications.</p>
        ) : (
          <NotificationFeed
            notifications={recent.data}
            timeZone={timeZone}
            label="Recent notifications"
          />
        )}
        <Link to="/notifications" className="d-inline-block mt-3" onClick={onHide}>
          All notifications
        </Link>
      </Offcanvas.Body>
    </Offcanvas>
  );
}
