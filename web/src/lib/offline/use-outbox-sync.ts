import { useEffect, useRef } from 'react';
import { refreshAccessToken } from '../auth/authed-fetch';
import { getAccessToken } from '../auth/token-store';
import { getOutbox } from './outbox-instance';
import { announceOutboxChange, onOutboxChangeElsewhere } from './queue-change';

// A change held back by a server error is tried again now and then.
const RETRY_MS = 60_000;

/**
 * Sends the signed-in person's queue when it can: at start, when the browser is back online,
 * when the service worker passes on a Background Sync, and now and then while any wait.
 * `onSent` runs after changes reached the server (to refresh the pages).
 */
export function useOutboxSync(userId: number | null, onSent: () => void): void {
  const sentRef = useRef(onSent);
  sentRef.current = onSent;

  useEffect(() => {
    if (userId === null) return;
    const outbox = getOutbox();
    let stopped = false;
    const flush = async () => {
      // Loaded even offline: the lists show what waits on this device.
      await outbox.load();
      if (stopped || !navigator.onLine) return;
      if (!outbox.snapshot().some((i) => i.userId === userId && i.state === 'waiting')) return;
      // A page opened offline has no access token yet: get one with the session cookie.
      if (!getAccessToken()) await refreshAccessToken();
      const result = await outbox.flush(userId);
      if (result.sent > 0) {
        announceOutboxChange();
        sentRef.current();
      }
    };
    const run = () => void flush().catch(() => {});
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type === 'flush-outbox') run();
    };
    run();
    window.addEventListener('online', run);
    navigator.serviceWorker?.addEventListener('message', onMessage);
    const stopWatching = onOutboxChangeElsewhere(() => void outbox.reload());
    const timer = setInterval(run, RETRY_MS);
    return () => {
      stopped = true;
      window.removeEventListener('online', run);
      navigator.serviceWorker?.removeEventListener('message', onMessage);
      stopWatching();
      clearInterval(timer);
    };
  }, [userId]);
}
