import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toaster } from '../../../components/ui/toaster/toaster';
import { SessionContext, type SessionValue } from '../../../lib/auth/session-context';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { TeamAlert } from '../api/team-alerts';
import { ManagementView } from './management-view';

afterEach(() => vi.unstubAllGlobals());

const session = {
  status: 'signed-in',
  me: { user_id: 2, alias: 'mia', user_is_admin: false, user_is_manager: true },
} as unknown as SessionValue;

const alert = (alert_id: number, title: string): TeamAlert => ({
  alert_id,
  severity: 'warning',
  title,
  message: 'follow-up required',
  source_table: 'ticket_entries',
  source_id: alert_id * 10,
  subject_user_id: 3,
  created_at: '2026-11-25T08:00:00Z',
  resolved_at: null,
  resolved_by: null,
});

function render() {
  return renderWithProviders(
    <SessionContext.Provider value={session}>
      <Toaster>
        <ManagementView />
      </Toaster>
    </SessionContext.Provider>,
  );
}

describe('ManagementView', () => {
  // Generous waits: the machine running the tests may be busy.
  const slow = { timeout: 5000 };

  it('shows a new alert without reloading, announces it, and resolves it', async () => {
    let alerts = [alert(4, 'Ticket WO-1: follow-up required')];
    const { calls } = fakeApi({
      '/api/users': (url: URL) =>
        url.searchParams.get('user_id') === 'eq.2'
          ? [{ user_id: 2, alias: 'mia', user_preferred_timezone: 'UTC' }]
          : [
              { user_id: 2, alias: 'mia', name: 'Mia Manager' },
              { user_id: 3, alias: 'tom', name: 'Tom Torres' },
            ],
      '/api/buildings': [],
      'GET /api/alerts': () => alerts,
      'PATCH /api/alerts': () => [{ alert_id: 9 }],
    });
    const { client } = render();
    const list = await screen.findByRole('list', { name: 'Job alerts' }, slow);
    await within(list).findByRole('link', { name: 'Ticket WO-1: follow-up required' }, slow);
    expect(screen.getByRole('status')).toHaveTextContent('');

    // What a change hint for `alerts` does: the page's alert queries are read again.
    alerts = [alert(9, 'Ticket WO-2: follow-up required'), ...alerts];
    await act(() => client.invalidateQueries({ queryKey: ['management', 'alerts'] }));

    await within(list).findByRole('link', { name: 'Ticket WO-2: follow-up required' }, slow);
    await vi.waitFor(
      () =>
        expect(screen.getAllByRole('status')[0]).toHaveTextContent(
          'New job alert: Ticket WO-2: follow-up required (tom).',
        ),
      slow,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Resolve alert Ticket WO-2: follow-up required (tom)' }),
    );
    const patch = await vi.waitFor(() => {
      const found = calls.find((c) => c.method === 'PATCH');
      if (!found) throw new Error('no PATCH yet');
      return found;
    }, slow);
    expect(patch.url.searchParams.get('alert_id')).toBe('eq.9');
    expect(patch.body).toHaveProperty('resolved_at');
    expect(
      await screen.findByText('Resolved: Ticket WO-2: follow-up required.', {}, slow),
    ).toBeVisible();
  });

  it('asks the database for job alerts only, open ones by default', async () => {
    const { calls } = fakeApi({ '/api/users': [], '/api/buildings': [], '/api/alerts': [] });
    render();
    expect(await screen.findByText('No open job alerts. All caught up.', {}, slow)).toBeVisible();
    const listed = calls.find(
      (c) => c.url.pathname === '/api/alerts' && c.url.searchParams.has('offset'),
    );
    expect(listed?.url.searchParams.get('alert_type')).toBe('eq.job');
    expect(listed?.url.searchParams.get('resolved_at')).toBe('is.null');
  });
});
