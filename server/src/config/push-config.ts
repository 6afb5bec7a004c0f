/** Web push settings, parsed from the environment by config.ts. */
export interface PushConfig {
  /** VAPID keys (base64url); unset in development, they are generated into the data folder. */
  vapidPublicKey: string | undefined;
  vapidPrivateKey: string | undefined;
  /** Who push services contact about this sender: a mailto: or https: address. */
  subject: string;
  /**
   * Push services a browser may hand us (host names, `*.` for any subdomain). The worker
   * posts to these addresses, so anything else is refused: no request to internal hosts.
   */
  endpointHosts: string[];
}

/** The push services of Chrome/Edge, Firefox, Safari and Windows. */
export const DEFAULT_PUSH_HOSTS = [
  'fcm.googleapis.com',
  'updates.push.services.mozilla.com',
  '*.push.apple.com',
  '*.notify.windows.com',
];

interface PushEnv {
  VAPID_PUBLIC_KEY?: string | undefined;
  VAPID_PRIVATE_KEY?: string | undefined;
  VAPID_SUBJECT?: string | undefined;
  PUSH_ENDPOINT_HOSTS?: string | undefined;
}

export function pushConfig(env: PushEnv, publicUrl: string): PushConfig {
  if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
    throw new Error(
      'invalid configuration: set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or neither',
    );
  }
  const hosts = env.PUSH_ENDPOINT_HOSTS
    ? env.PUSH_ENDPOINT_HOSTS.split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean)
    : DEFAULT_PUSH_HOSTS;
  return {
    vapidPublicKey: env.VAPID_PUBLIC_KEY,
    vapidPrivateKey: env.VAPID_PRIVATE_KEY,
    subject:
      env.VAPID_SUBJECT ??
      (publicUrl.startsWith('https://') ? publicUrl : 'mailto:admin@localhost'),
    endpointHosts: hosts,
  };
}
