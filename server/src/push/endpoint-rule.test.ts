import { describe, expect, it } from 'vitest';
import { DEFAULT_PUSH_HOSTS } from '../config/push-config';
import { isAllowedEndpoint } from './endpoint-rule';

describe('isAllowedEndpoint', () => {
  it('accepts the browsers’ push services over HTTPS', () => {
    expect(isAllowedEndpoint('https://fcm.googleapis.com/fcm/send/abc', DEFAULT_PUSH_HOSTS)).toBe(
      true,
    );
    expect(isAllowedEndpoint('https://web.push.apple.com/QGx', DEFAULT_PUSH_HOSTS)).toBe(true);
    expect(
      isAllowedEndpoint('https://wns2-db5p.notify.windows.com/w/?token=x', DEFAULT_PUSH_HOSTS),
    ).toBe(true);
  });

  it('refuses other hosts, look-alikes, plain HTTP and credentials', () => {
    expect(isAllowedEndpoint('https://169.254.169.254/latest', DEFAULT_PUSH_HOSTS)).toBe(false);
    expect(isAllowedEndpoint('https://fcm.googleapis.com.evil.example/x', DEFAULT_PUSH_HOSTS)).toBe(
      false,
    );
    expect(isAllowedEndpoint('https://evilpush.apple.com.example/x', DEFAULT_PUSH_HOSTS)).toBe(
      false,
    );
    expect(isAllowedEndpoint('http://fcm.googleapis.com/fcm/send/abc', DEFAULT_PUSH_HOSTS)).toBe(
      false,
    );
    expect(isAllowedEndpoint('https://user:pw@fcm.googleapis.com/x', DEFAULT_PUSH_HOSTS)).toBe(
      false,
    );
    expect(isAllowedEndpoint('not a url', DEFAULT_PUSH_HOSTS)).toBe(false);
    expect(isAllowedEndpoint('javascript:alert(1)', DEFAULT_PUSH_HOSTS)).toBe(false);
  });

  it('allows plain HTTP only to a listed loopback test service', () => {
    expect(isAllowedEndpoint('http://127.0.0.1:9999/push/1', ['127.0.0.1'])).toBe(true);
    expect(isAllowedEndpoint('http://127.0.0.1:9999/push/1', DEFAULT_PUSH_HOSTS)).toBe(false);
    expect(isAllowedEndpoint('http://10.0.0.5/push/1', ['10.0.0.5'])).toBe(false);
  });
});
