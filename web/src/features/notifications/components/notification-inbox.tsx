import { useEffect, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Pager } from '../../../components/ui/pager';
import {
  NOTIFICATIONS_PAGE_SIZE,
  useNotificationsPage,
  useUnreadCount,
} from '../api/notifications';
import { useReceiptActions } from '../api/receipt-actions';
import { NotificationFeed } from './notification-feed';

/** Every notification addressed to me, newest first, a page at a time. */
export function NotificationInbox({ timeZone }: { timeZone: string }) {
  const [page, setPage] = useState(1);
  const [showDismissed, setShowDismissed] = useState(false);
  const list = useNotificationsPage(page, showDismissed);
  const unread = useUnreadCount(true);
  const { markAll } = useReceiptActions();
  const unreadCount = unread.data ?? 0;
  const lastPage = Math.max(1, Math.ceil((list.data?.count ?? 0) / NOTIFICATIONS_PAGE_SIZE));
  useEffect(() => {
    // Dismissing the last rows of the last page leaves it empty: show the one before.
    if (list.data && page > lastPage) setPage(lastPage);
  }, [list.data, page, lastPage]);

  return (
    <>
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-2">
        <Form.Check
          type="switch"
          id="show-dismissed"
          label="Show dismissed"
          checked={showDismissed}
          onChange={(e) => {
            setShowDismissed(e.target.checked);
            setPage(1);
          }}
        />
        <div className="d-flex align-items-center gap-2">
          <span aria-live="polite">{unreadCount === 0 ? 'All read' : `${unreadCount} unread`}</span>
          <Button
            size="sm"
            disabled={unreadCount === 0 || markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            Mark all read
          </Button>
        </div>
      </div>
      {markAll.isError && <ErrorMessage error={markAll.error} />}
      {list.isPending ? (
        <Loading label="Loading notifications" />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.data.length === 0 ? (
        <p>
          {showDismissed ? 'No notifications yet.' : 'No notifications. Dismissed ones are hidden.'}
        </p>
      ) : (
        <NotificationFeed
          notifications={list.data.data}
          timeZone={timeZone}
          label="Notifications"
        />
      )}
      {list.data && (
        <Pager
          page={page}
          pageSize={NOTIFICATIONS_PAGE_SIZE}
          total={list.data.count}
          onPage={setPage}
          label="Notification pages"
        />
      )}
    </>
  );
}
