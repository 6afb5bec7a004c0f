import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useToast } from '../../../components/ui/toaster/toast-context';
import { Toaster } from '../../../components/ui/toaster/toaster';
import type { Profile } from '../../../lib/auth/profile';
import { setAccessToken } from '../../../lib/auth/token-store';
import { fakeLiveSocket } from '../../../lib/realtime/testing/fake-live-socket';
import { useLiveUpdates } from '../../../lib/realtime/use-live-updates';
import { fakeApi } from '../../../testing/fake-api';
import { notificationToast, useNotificationToasts } from './notification-toasts';
import type { NotificationRow } from './notifications';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(null);
});

const row: NotificationRow = {
  notification_id: 12,
  sender_id: 1,
  title: 'Site closed Friday',
  message: 'Power work in the plant room.',
  created_at: '2026-03-02T15:00:00Z',
  read_at: null,
  dismissed_at: null,
};
const me = (inApp: boolean | undefined) =>
  ({
    user_id: 7,
    user_preferred_enable_notifications: inApp === undefined ? {} : { in_app: inApp, email: true },
    user_preferred_enable_alerts: {},
  }) as unknown as Profile;

describe('notificationToast', () => {
  it('tells about a new notification when in-app notifications are on', () => {
    const open = vi.fn();
    const toast = notificationToast(row, me(true), open);
    expect(toast?.message).toBe('New notification: Site closed Friday');
    toast?.action?.run();
    expect(open).toHaveBeenCalled();
  });
  it('stays quiet when they are off or unset, for my own, and for read ones', () => {
    expect(notificationToast(row, me(false), vi.fn())).toBeNull();
    expect(notificationToast(row, me(undefined), vi.fn())).toBeNull();
    expect(notificationToast({ ...row, sender_id: 7 }, me(true), vi.fn())).toBeNull();
    expect(notificationToast({ ...row, read_at: row.created_at }, me(true), vi.fn())).toBeNull();
  });
});

function Live({ profile }: { profile: Profile }) {
  useLiveUpdates(true);
  const toast = useToast();
  useNotificationToasts(profile, toast, () => {});
  return null;
}

function mount(profile: Profile) {
  const client = new QueryClient();
  const wrap = (ui: ReactNode) => (
    <QueryClientProvider client={client}>
      <Toaster>{ui}</Toaster>
    </QueryClientProvider>
  );
  return render(wrap(<Live profile={profile} />));
}

describe('useNotificationToasts', () => {
  it('re-reads the row named by an INSERT hint and toasts it', async () => {
    const { calls } = fakeApi({ '/api/notifications': [row] });
    const { latest } = fakeLiveSocket();
    mount(me(true));
    act(() => latest().receive({ type: 'change', table: 'notifications', op: 'INSERT', id: 12 }));
    expect(await screen.findByText('New notification: Site closed Friday')).toBeInTheDocument();
    expect(calls[0]?.url.searchParams.get('notification_id')).toBe('eq.12');
    expect(calls[0]?.url.searchParams.get('addressed_to_me')).toBe('eq.true');
  });

  it('ignores other tables and operations, and asks nothing when in-app is off', async () => {
    const { calls } = fakeApi({ '/api/notifications': [row] });
    const { latest } = fakeLiveSocket();
    const first = mount(me(true));
    act(() => {
      latest().receive({ type: 'change', table: 'notifications', op: 'UPDATE', id: 12 });
      latest().receive({ type: 'change', table: 'tickets', op: 'INSERT', id: 12 });
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toHaveLength(0);
    first.unmount();
    mount(me(false));
    act(() => latest().receive({ type: 'change', table: 'notifications', op: 'INSERT', id: 12 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/New notification/)).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('shows nothing when the row is not mine after all', async () => {
    fakeApi({ '/api/notifications': [] });
    const { latest } = fakeLiveSocket();
    mount(me(true));
    act(() => latest().receive({ type: 'change', table: 'notifications', op: 'INSERT', id: 99 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/New notification/)).toBeNull();
  });
});
