import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { DEFAULT_PUSH_HOSTS } from './push-config';

describe('push configuration', () => {
  it('defaults to the browsers’ push services and a subject from the public address', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://crewlog.example.com' });
    expect(config.push.endpointHosts).toEqual(DEFAULT_PUSH_HOSTS);
    expect(config.push.subject).toBe('https://crewlog.example.com');
    expect(loadConfig({}).push.subject).toBe('mailto:admin@localhost');
  });

  it('needs both VAPID keys or neither, well formed', () => {
    const publicKey = 'B'.repeat(87);
    expect(() => loadConfig({ VAPID_PUBLIC_KEY: publicKey })).toThrow(
      /VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY/,
    );
    expect(() =>
      loadConfig({ VAPID_PUBLIC_KEY: 'short', VAPID_PRIVATE_KEY: 'x'.repeat(43) }),
    ).toThrow(/VAPID_PUBLIC_KEY/);
    expect(() => loadConfig({ VAPID_SUBJECT: 'ftp://nope' })).toThrow(/VAPID_SUBJECT/);
    const both = loadConfig({ VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: 'x'.repeat(43) });
    expect(both.push.vapidPublicKey).toBe(publicKey);
  });

  it('reads a list of push hosts', () => {
    const config = loadConfig({ PUSH_ENDPOINT_HOSTS: ' FCM.googleapis.com , 127.0.0.1,' });
    expect(config.push.endpointHosts).toEqual(['fcm.googleapis.com', '127.0.0.1']);
  });
});
