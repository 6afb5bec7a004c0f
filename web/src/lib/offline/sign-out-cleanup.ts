import { clearOfflineData } from '../pwa/service-worker';
import { getOutbox } from './outbox-instance';

/**
 * Signing out leaves nothing of the person on this device: neither the changes still queued
 * nor the data the service worker kept. (A session that merely expires keeps both.)
 */
export async function forgetOfflineState(): Promise<void> {
  clearOfflineData();
  try {
    await getOutbox().clear();
  } catch {
    // No IndexedDB (private mode in some browsers): there was nothing stored.
  }
}
