import webpush from 'web-push';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface PushMessage {
  title: string;
  body: string;
  /** Where tapping the notification leads, a path of this site. */
  url: string;
  /** Replaces an earlier message with the same tag on the device instead of stacking. */
  tag?: string;
}

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/** `gone`: the push service forgot the subscription (404/410); it should be deleted. */
export type PushResult = 'sent' | 'gone';

export type PushSender = (target: PushTarget, message: PushMessage) => Promise<PushResult>;

/**
 * Sends one encrypted message (RFC 8291, aes128gcm) signed with our VAPID keys. web-push
 * builds the request; fetch sends it, so a loopback test service may speak plain HTTP
 * (which endpoint-rule.ts allows for nothing else).
 */
export function createPushSender(vapid: VapidKeys): PushSender {
  return async (target, message) => {
    const request = webpush.generateRequestDetails(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      JSON.stringify(message),
      { vapidDetails: vapid, TTL: 24 * 60 * 60, contentEncoding: 'aes128gcm', urgency: 'normal' },
    );
    let response: Response;
    try {
      response = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: request.body ?? null,
        redirect: 'error',
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new Error(`push could not be sent: ${(error as Error).message}`);
    }
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) return 'gone';
    if (!response.ok) throw new Error(`push service answered ${response.status}`);
    return 'sent';
  };
}
