import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useToast } from '../../../components/ui/toaster/toast-context';
import { Toaster } from '../../../components/ui/toaster/toaster';
import type { Profile } from '../../../lib/auth/profile';
import { setAccessToken } from '../../../lib/auth/token-store';
import { fakeLiveSocket } from '../../../lib/realtime/testing/fake-live-socket';
import { useLiveUpdates } from '../../../lib/realtime/use-live-updates';
import { fakeApi } from '../../../testing/fake-api';
import { alertToast, useAlertToasts } from './alert-toasts';
import type { AlertRow } from './alerts';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(null);
});

const alert: AlertRow = {
  alert_id: 5,
  alert_type: 'site',
  severity: 'warning',
  title: 'Maintenance tonight',
  message: 'Crewlog is down 22:00–23:00.',
  created_by: 1,
  created_at: '2026-03-02T15:00:00Z',
  resolved_at: null,
};
const me = (alerts: Record<string, boolean>) =>
  ({ user_id: 7, user_preferred_enable_alerts: alerts }) as unknown as Profile;

describe('alertToast', () => {
  it('names the kind and matches the severity', () => {
    expect(alertToast(alert, me({ site: true }))).toEqual({
      message: 'Site alert: Maintenance tonight',
      variant: 'warning',
    });
    expect(
      alertToast(
        { ...alert, alert_type: 'security', severity: 'critical' },
        me({ security: true }),
      ),
    ).toEqual({ message: 'Security alert: Maintenance tonight', variant: 'danger' });
  });
  it('follows the preference per alert type', () => {
    expect(alertToast(alert, me({ site: false, job: true }))).toBeNull();
    expect(alertToast(alert, me({ job: true }))).toBeNull();
    expect(
      alertToast({ ...alert, alert_type: 'job' }, me({ site: false, job: true })),
    ).not.toBeNull();
  });
  it('stays quiet for my own alerts and resolved ones', () => {
    expect(alertToast({ ...alert, created_by: 7 }, me({ site: true }))).toBeNull();
    expect(alertToast({ ...alert, resolved_at: alert.created_at }, me({ site: true }))).toBeNull();
  });
});

function Live({ profile }: { profile: Profile }) {
  useLiveUpdates(true);
  useAlertToasts(profile, useToast());
  return null;
}

describe('useAlertToasts', () => {
  it('toasts a newly raised alert, read back through the API', async () => {
    const { calls } = fakeApi({ '/api/alerts': [alert] });
    const { latest } = fakeLiveSocket();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Toaster>
          <Live profile={me({ site: true })} />
        </Toaster>
      </QueryClientProvider>,
    );
    act(() => latest().receive({ type: 'change', table: 'alerts', op: 'UPDATE', id: 5 }));
    act(() => latest().receive({ type: 'change', table: 'alerts', op: 'INSERT', id: 5 }));
    expect(await screen.findByText('Site alert: Maintenance tonight')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url.searchParams.get('alert_id')).toBe('eq.5');
  });
});
