import { NetworkError } from '../api-error';
import { getOutbox } from './outbox-instance';
import type { Change, OutboxItem } from './outbox-types';

const channelName = 'crewlog-outbox';

/** Tells the app's other tabs to re-read the outbox. */
export function announceOutboxChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `onChange` when another tab changed the outbox. */
export function onOutboxChangeElsewhere(onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = onChange;
  return () => channel.close();
}

export const SYNC_TAG = 'crewlog-outbox';

/** True when a save should go to the outbox rather than the network. */
export function isOffline(error?: unknown): boolean {
  return error instanceof NetworkError || (typeof navigator !== 'undefined' && !navigator.onLine);
}

/**
 * Keeps a change on this device to be sent when the network is back, and asks the browser
 * to wake the app for it (Background Sync) where it can.
 */
export async function queueChange(
  userId: number,
  change: Change,
  label: string,
): Promise<OutboxItem> {
  const item = await getOutbox().enqueue(userId, change, label);
  announceOutboxChange();
  void requestBackgroundSync();
  return item;
}

async function requestBackgroundSync(): Promise<void> {
  // `ready` never settles on a page no service worker controls (the dev server).
  if (!navigator.serviceWorker?.controller) return;
  try {
    const registration = await navigator.serviceWorker.ready;
    const sync = (
      registration as ServiceWorkerRegistration & {
        sync?: { register(tag: string): Promise<void> };
      }
    )?.sync;
    await sync?.register(SYNC_TAG);
  } catch {
    // Without Background Sync the app sends on reconnect and on start.
  }
}

/**
 * Whether a new save must join the queue: offline, or behind changes still waiting, so that
 * everything reaches the server in the order it was made.
 */
export function mustQueue(userId: number): boolean {
  if (isOffline()) return true;
  return getOutbox()
    .snapshot()
    .some((item) => item.userId === userId && item.state === 'waiting');
}
