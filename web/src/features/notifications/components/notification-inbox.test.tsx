import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { NotificationRow } from '../api/notifications';
import { NotificationInbox } from './notification-inbox';

afterEach(() => vi.unstubAllGlobals());

const rows: NotificationRow[] = Array.from({ length: 20 }, (_, i) => ({
  notification_id: 45 - i,
  sender_id: 1,
  title: `Notice ${45 - i}`,
  message: `Details of notice ${45 - i}`,
  created_at: '2026-03-02T15:00:00Z',
  read_at: i % 2 ? '2026-03-02T16:00:00Z' : null,
  dismissed_at: null,
}));

function server() {
  return fakeApi({
    'HEAD /api/notifications': () =>
      new Response(null, { status: 200, headers: { 'Content-Range': '*/12' } }),
    'GET /api/notifications': (url: URL) => {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      return new Response(JSON.stringify(offset === 0 ? rows : rows.slice(0, 5)), {
        status: 206,
        headers: {
          'Content-Type': 'application/json',
          'Content-Range': `${offset}-${offset + 19}/45`,
        },
      });
    },
  });
}

describe('NotificationInbox', () => {
  it('lists my notifications newest first with their messages and read state', async () => {
    const { calls } = server();
    renderWithProviders(<NotificationInbox timeZone="UTC" />);
    await screen.findByText('Details of notice 45');
    expect(screen.getByText('12 unread')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Mark read / })).toHaveLength(10);
    expect(screen.getByText('1–20 of 45')).toBeInTheDocument();
    const list = calls.find((c) => c.method === 'GET')?.url.searchParams;
    expect(list?.get('order')).toBe('created_at.desc,notification_id.desc');
    expect(list?.get('dismissed_at')).toBe('is.null');
    expect(list?.get('addressed_to_me')).toBe('eq.true');
  });

  it('pages through the server, and shows dismissed ones when asked', async () => {
    const { calls } = server();
    renderWithProviders(<NotificationInbox timeZone="UTC" />);
    await screen.findByText('Details of notice 45');
    await userEvent.click(screen.getByRole('button', { name: 'Next ›' }));
    await waitFor(() =>
      expect(calls.some((c) => c.url.searchParams.get('offset') === '20')).toBe(true),
    );
    await userEvent.click(screen.getByLabelText('Show dismissed'));
    await waitFor(() => {
      const last = calls.filter((c) => c.method === 'GET').at(-1)?.url.searchParams;
      expect(last?.get('dismissed_at')).toBeNull();
      expect(last?.get('offset')).toBe('0');
    });
  });
});
