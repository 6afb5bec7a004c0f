import type { ToastInput } from '../../../components/ui/toaster/toast-context';
import type { Profile } from '../../../lib/auth/profile';
import { type ChangeHint, useChangeHints } from '../../../lib/realtime/use-live-updates';
import { fetchNotification, type NotificationRow } from './notifications';

/**
 * The toast for a newly arrived notification, or null when the person turned in-app
 * notifications off (the preferences form shows a missing key as off, so it is off here
 * too) or sent it themselves.
 */
export function notificationToast(
  row: NotificationRow,
  profile: Pick<Profile, 'user_id' | 'user_preferred_enable_notifications'>,
  onOpen: () => void,
): ToastInput | null {
  if (!profile.user_preferred_enable_notifications?.in_app) return null;
  if (row.sender_id === profile.user_id) return null;
  if (row.read_at || row.dismissed_at) return null;
  return {
    message: `New notification: ${row.title}`,
    variant: 'info',
    action: { label: 'Open', run: onOpen },
  };
}

/**
 * Toasts notifications as they arrive. Only INSERT hints count, so nothing already in the
 * inbox when the page loaded (or missed while offline) pops up. The hint carries no
 * content: the row is re-read through the API, which also confirms it is addressed to me.
 */
export function useNotificationToasts(
  profile: Profile | undefined,
  show: (toast: ToastInput) => void,
  onOpen: () => void,
): void {
  useChangeHints((hint: ChangeHint) => {
    if (hint.table !== 'notifications' || hint.op !== 'INSERT' || !profile) return;
    if (!profile.user_preferred_enable_notifications?.in_app) return;
    void fetchNotification(hint.id)
      .then((row) => {
        const toast = row && notificationToast(row, profile, onOpen);
        if (toast) show(toast);
      })
      .catch(() => {
        // The bell still shows it; a toast that could not be read is simply skipped.
      });
  });
}
