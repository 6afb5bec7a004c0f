import { useEffect, useState } from 'react';
import Form from 'react-bootstrap/Form';
import { describeError } from '../../../lib/describe-error';
import {
  currentSubscription,
  disablePush,
  enablePush,
  PushRefusedError,
  pushSupport,
} from '../api/push-device';

const REFUSALS = {
  denied:
    'This browser blocks notifications from Crewlog. Allow them in the browser’s site settings, then try again.',
  dismissed: 'Notifications were not allowed. Switch this on again to be asked once more.',
  'no-service-worker':
    'This page is not yet ready for notifications. Reload it once (with a connection) and try again.',
};

function deviceName(): string {
  const ua = navigator.userAgent;
  const phone = /Android|iPhone|iPad/.test(ua) ? 'phone' : 'computer';
  const browser = /Firefox\//.test(ua)
    ? 'Firefox'
    : /Edg\//.test(ua)
      ? 'Edge'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'a browser';
  return `${browser} on a ${phone}`;
}

/**
 * "Notifications on this device": takes effect at once (not with Save), because it is this
 * browser's subscription, not a preference of the account.
 */
export function PushDeviceSwitch() {
  const supported = pushSupport() === 'supported';
  const [on, setOn] = useState(false);
  const [busy, setBusy] = useState(supported);
  const [message, setMessage] = useState<string | null>(
    supported ? null : 'This browser cannot receive notifications from Crewlog.',
  );

  useEffect(() => {
    if (!supported) return;
    void currentSubscription()
      .then((subscription) => setOn(subscription !== null))
      .catch(() => setOn(false))
      .finally(() => setBusy(false));
  }, [supported]);

  const change = async (next: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      if (next) await enablePush(deviceName());
      else await disablePush();
      setOn(next);
      setMessage(
        next
          ? 'This device will show Crewlog notifications.'
          : 'This device will no longer show Crewlog notifications.',
      );
    } catch (error) {
      setMessage(error instanceof PushRefusedError ? REFUSALS[error.reason] : describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mt-3">
      <Form.Check
        type="switch"
        id="pref-push-device"
        label="Notifications on this device"
        checked={on}
        disabled={!supported || busy}
        aria-describedby="pref-push-device-help"
        onChange={(e) => void change(e.target.checked)}
      />
      <Form.Text id="pref-push-device-help">
        Shows new notifications and the alerts you chose on this phone or computer, even when
        Crewlog is closed. Takes effect at once.
      </Form.Text>
      <div role="status" className="small mt-1">
        {message}
      </div>
    </div>
  );
}
