import { describeError } from '../../../lib/describe-error';
import type { NotificationRow } from '../api/notifications';
import { useReceiptActions } from '../api/receipt-actions';
import { NotificationItem } from './notification-item';

/** A list of notifications with their read / dismiss buttons and any failure in words. */
export function NotificationFeed({
  notifications,
  timeZone,
  label,
}: {
  notifications: NotificationRow[];
  timeZone: string;
  label: string;
}) {
  const { change } = useReceiptActions();
  const failedId = change.isError ? change.variables?.id : undefined;
  return (
    <ul className="list-unstyled m-0" aria-label={label}>
      {notifications.map((n) => (
        <NotificationItem
          key={n.notification_id}
          notification={n}
          timeZone={timeZone}
          busy={change.isPending && change.variables?.id === n.notification_id}
          error={failedId === n.notification_id ? describeError(change.error) : undefined}
          onChange={(receipt) => change.mutate({ id: n.notification_id, ...receipt })}
        />
      ))}
    </ul>
  );
}
