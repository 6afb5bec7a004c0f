import { api, run } from '../../../lib/api-client';
import { errorFromResponse } from '../../../lib/api-error';
import { authedFetch } from '../../../lib/auth/authed-fetch';

export type PushSupport = 'supported' | 'unsupported' | 'no-service-worker';

/** Whether this browser can receive web push from Crewlog at all. */
export function pushSupport(): PushSupport {
  if (
    !('serviceWorker' in navigator) ||
    !('PushManager' in window) ||
    !('Notification' in window)
  ) {
    return 'unsupported';
  }
  return 'supported';
}

/** The registration that shows pushes; none on the dev server or before the first load ends. */
async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  return navigator.serviceWorker.getRegistration();
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  return (await (await registration())?.pushManager.getSubscription()) ?? null;
}

export class PushRefusedError extends Error {
  constructor(readonly reason: 'denied' | 'dismissed' | 'no-service-worker') {
    super(reason);
    this.name = 'PushRefusedError';
  }
}

/** The VAPID key arrives base64url-encoded; pushManager wants the bytes. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const raw = atob(padded);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** Asks permission, subscribes this browser and tells the server (tied to this session). */
export async function enablePush(deviceInfo: string): Promise<void> {
  const permission = await Notification.requestPermission();
  if (permission === 'denied') throw new PushRefusedError('denied');
  if (permission !== 'granted') throw new PushRefusedError('dismissed');
  const worker = await registration();
  if (!worker) throw new PushRefusedError('no-service-worker');
  const keyResponse = await authedFetch('/push/public-key');
  if (!keyResponse.ok) throw await errorFromResponse(keyResponse);
  const { public_key: publicKey } = (await keyResponse.json()) as { public_key: string };
  const subscription = await worker.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: keyBytes(publicKey),
  });
  const { endpoint, keys } = subscription.toJSON();
  const response = await authedFetch('/push/subscriptions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      endpoint,
      keys: { p256dh: keys?.p256dh, auth: keys?.auth },
      device_info: deviceInfo.slice(0, 300),
    }),
  });
  if (!response.ok) {
    // The server will not send to it: do not leave the browser subscribed for nothing.
    await subscription.unsubscribe().catch(() => {});
    throw await errorFromResponse(response);
  }
}

/** Stops pushes to this browser: the server forgets it, then the browser does. */
export async function disablePush(): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  await run(api.from('push_subscriptions').delete().eq('endpoint', subscription.endpoint));
  await subscription.unsubscribe();
}
