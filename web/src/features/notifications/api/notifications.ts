import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, pageRange, run, runWithCount } from '../../../lib/api-client';

/** A row of the `notifications` view as its recipient sees it (read state is their own). */
export interface NotificationRow {
  notification_id: number;
  sender_id: number | null;
  title: string;
  message: string | null;
  created_at: string;
  read_at: string | null;
  dismissed_at: string | null;
}

const COLUMNS = 'notification_id,sender_id,title,message,created_at,read_at,dismissed_at';
export const NOTIFICATIONS_PAGE_SIZE = 20;
export const RECENT_COUNT = 8;

// Everything starts with 'notifications', so one change hint refreshes all of it.
export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => ['notifications', 'unread'] as const,
  recent: () => ['notifications', 'recent'] as const,
  page: (page: number, showDismissed: boolean) =>
    ['notifications', 'page', page, showDismissed] as const,
};

/**
 * My inbox: admins may read every notification, but only those addressed to the reader
 * belong here (`addressed_to_me` is the database's own recipient rule).
 */
function inbox(options?: { count: 'exact'; head?: boolean }) {
  return api.from('notifications').select(COLUMNS, options).eq('addressed_to_me', true);
}

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread(),
    enabled,
    queryFn: async () => {
      // HEAD: only the count travels.
      const query = inbox({ count: 'exact', head: true })
        .is('read_at', null)
        .is('dismissed_at', null);
      return (await runWithCount<null>(query)).count;
    },
  });
}

export function useRecentNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.recent(),
    enabled,
    queryFn: () =>
      run<NotificationRow[]>(
        inbox()
          .is('dismissed_at', null)
          .order('created_at', { ascending: false })
          .order('notification_id', { ascending: false })
          .limit(RECENT_COUNT),
      ),
  });
}

/** One page of my notifications, newest first; dismissed ones only when asked for. */
export function useNotificationsPage(page: number, showDismissed: boolean) {
  return useQuery({
    queryKey: notificationKeys.page(page, showDismissed),
    queryFn: () => {
      let query = inbox({ count: 'exact' })
        .order('created_at', { ascending: false })
        .order('notification_id', { ascending: false });
      if (!showDismissed) query = query.is('dismissed_at', null);
      const [from, to] = pageRange(page, NOTIFICATIONS_PAGE_SIZE);
      return runWithCount<NotificationRow[]>(query.range(from, to));
    },
    placeholderData: keepPreviousData,
  });
}

/** One notification, re-read after a hint (hints never carry content); null if not mine. */
export async function fetchNotification(id: number | string): Promise<NotificationRow | null> {
  const rows = await run<NotificationRow[]>(inbox().eq('notification_id', id).limit(1));
  return rows[0] ?? null;
}

export type ReceiptChange = Partial<Pick<NotificationRow, 'read_at' | 'dismissed_at'>>;

/** Writes my read or dismissed state of one notification (the view keeps a receipt per reader). */
export async function updateReceipt(id: number, change: ReceiptChange): Promise<void> {
  await run(api.from('notifications').update(change).eq('notification_id', id));
}

/** Marks my whole inbox read in one request; returns how many were unread. */
export async function markAllRead(): Promise<number> {
  return run<number>(api.rpc('mark_all_notifications_read'));
}
