import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { NotificationRow } from '../api/notifications';
import { bellLabel, NotificationBell } from './notification-bell';

// jsdom has no matchMedia; the panel (an offcanvas) asks it for the breakpoint.
beforeEach(() => {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
  }));
});
afterEach(() => vi.unstubAllGlobals());

const row = (id: number, title: string, read = false): NotificationRow => ({
  notification_id: id,
  sender_id: 1,
  title,
  message: `About ${title}`,
  created_at: '2026-03-02T15:00:00Z',
  read_at: read ? '2026-03-02T16:00:00Z' : null,
  dismissed_at: null,
});

/** A server holding my inbox: counts what is unread, applies PATCHes and mark-all-read. */
function inboxServer(rows: NotificationRow[]) {
  const json = (body: unknown, range = '0-0/*') =>
    new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json', 'Content-Range': range },
    });
  return fakeApi({
    // The count is a HEAD request: only Content-Range answers.
    'HEAD /api/notifications': (url: URL) => {
      expect(url.searchParams.get('addressed_to_me')).toBe('eq.true');
      expect(url.searchParams.get('read_at')).toBe('is.null');
      const unread = rows.filter((r) => !r.read_at && !r.dismissed_at).length;
      return new Response(null, { status: 200, headers: { 'Content-Range': `*/${unread}` } });
    },
    'GET /api/notifications': (url: URL) => {
      expect(url.searchParams.get('addressed_to_me')).toBe('eq.true');
      return json(rows.filter((r) => !r.dismissed_at));
    },
    'PATCH /api/notifications': (url: URL, init?: RequestInit) => {
      const id = Number(url.searchParams.get('notification_id')?.replace('eq.', ''));
      const target = rows.find((r) => r.notification_id === id);
      if (target) Object.assign(target, JSON.parse(String(init?.body)));
      return new Response(null, { status: 204 });
    },
    'POST /api/rpc/mark_all_notifications_read': () => {
      const unread = rows.filter((r) => !r.read_at);
      for (const r of unread) r.read_at = new Date().toISOString();
      return json(unread.length);
    },
  });
}

describe('bellLabel', () => {
  it('names the bell with its count', () => {
    expect(bellLabel(3)).toBe('Notifications, 3 unread');
    expect(bellLabel(0)).toBe('Notifications, none unread');
    expect(bellLabel(undefined)).toBe('Notifications');
  });
});

describe('NotificationBell', () => {
  it('shows the unread count and lists recent notifications in its panel', async () => {
    inboxServer([row(3, 'Crane on site'), row(2, 'Gate code changed'), row(1, 'Welcome', true)]);
    renderWithProviders(<NotificationBell timeZone="UTC" />);
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    await userEvent.click(bell);
    const panel = await screen.findByRole('dialog', { name: 'Notifications' });
    const list = await within(panel).findByRole('list', { name: 'Recent notifications' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).getByText('About Crane on site')).toBeInTheDocument();
    expect(within(list).getAllByText('2 Mar 2026, 15:00')).toHaveLength(3);
    expect(within(list).getAllByText('New')).toHaveLength(2);
  });

  it('marks one read, and the count drops', async () => {
    const { calls } = inboxServer([row(3, 'Crane on site'), row(2, 'Gate code changed')]);
    renderWithProviders(<NotificationBell timeZone="UTC" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mark read “Crane on site”' }));
    await screen.findByRole('button', { name: 'Notifications, 1 unread', hidden: true });
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.url.searchParams.get('notification_id')).toBe('eq.3');
    const body = patch?.body as { read_at?: string } | undefined;
    expect(Date.parse(body?.read_at ?? '')).not.toBeNaN();
    expect(
      await screen.findByRole('button', { name: 'Mark unread “Crane on site”' }),
    ).toBeInTheDocument();
  });

  it('dismisses one, and it leaves the panel', async () => {
    inboxServer([row(3, 'Crane on site'), row(2, 'Gate code changed')]);
    renderWithProviders(<NotificationBell timeZone="UTC" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Dismiss “Gate code changed”' }),
    );
    await waitFor(() => expect(screen.queryByText('Gate code changed')).toBeNull());
    await screen.findByRole('button', { name: 'Notifications, 1 unread', hidden: true });
  });

  it('marks all read in one request', async () => {
    const { calls } = inboxServer([row(3, 'Crane on site'), row(2, 'Gate code changed')]);
    renderWithProviders(<NotificationBell timeZone="UTC" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mark all read' }));
    await screen.findByRole('button', { name: 'Notifications, none unread', hidden: true });
    expect(screen.getByText('All read')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST' || c.method === 'PATCH')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });

  it('says why when a change is refused', async () => {
    const rows = [row(3, 'Crane on site')];
    inboxServer(rows);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.method === 'PATCH') {
          return new Response(JSON.stringify({ code: '42501', message: 'permission denied' }), {
            status: 403,
            headers: { 'Content-Type': 'application/json' },
          });
        }
        if (init?.method === 'HEAD') {
          return new Response(null, { status: 200, headers: { 'Content-Range': '*/1' } });
        }
        return new Response(JSON.stringify(rows), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    );
    renderWithProviders(<NotificationBell timeZone="UTC" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mark read “Crane on site”' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not allowed|permission/i);
  });
});
