import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { notificationKeys } from './notifications';

// Read and dismissed state lives in notification_receipts, whose changes announce no hint
// (a hint names a row, and a receipt row is one reader's own: routing it would need a
// per-user rule in the hint router). The tabs of one browser tell each other instead;
// other devices catch up when their window regains focus or their socket reconnects.
const CHANNEL = 'crewlog-notification-receipts';

/** Tells this browser's other tabs that my read or dismissed state changed. */
export function announceReadStateChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Refreshes my notifications when another tab changed their read or dismissed state. */
export function useReadStateSync(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () =>
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    return () => channel.close();
  }, [enabled, queryClient]);
}
