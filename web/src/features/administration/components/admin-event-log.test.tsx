import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { AdminEventLog } from './admin-event-log';

afterEach(() => vi.unstubAllGlobals());

const rows = [
  {
    history_id: 9,
    table_name: 'users',
    record_id: '6',
    action: 'update',
    user_id: 1,
    changes: { user_is_manager: { old: true, new: false } },
    created_at: '2026-03-03T10:00:00Z',
  },
];

function api() {
  return fakeApi({
    '/api/history': () =>
      new Response(JSON.stringify(rows), {
        status: 206,
        headers: { 'Content-Type': 'application/json', 'Content-Range': '0-0/1' },
      }),
    '/api/rpc/history_facets': [
      { facet: 'table', value: 'users', entries: 4 },
      { facet: 'action', value: 'update', entries: 2 },
    ],
    '/api/users': [{ user_id: 1, alias: 'ada', name: 'Ada Admin' }],
  });
}

describe('AdminEventLog', () => {
  it('lists events and expands one into before and after', async () => {
    api();
    renderWithProviders(<AdminEventLog timeZone="UTC" />);
    const log = await screen.findByRole('table', { name: /Event log/ });
    expect(within(log).getByText('ada')).toBeInTheDocument();
    await userEvent.click(
      within(log).getByRole('button', { name: 'Show changes: Changed in users 6' }),
    );
    const diff = screen.getByRole('table', { name: 'Changes: Changed in users 6' });
    const manager = within(diff).getByRole('row', { name: /Manager/ });
    expect(
      within(manager)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Yes', 'No']);
  });

  it('asks the API for the chosen table, action, person and days', async () => {
    const { calls } = api();
    renderWithProviders(<AdminEventLog timeZone="America/Los_Angeles" />);
    await screen.findByRole('table', { name: /Event log/ });
    await userEvent.selectOptions(await screen.findByLabelText('Table'), 'users');
    await userEvent.selectOptions(screen.getByLabelText('Action'), 'update');
    await userEvent.selectOptions(screen.getByLabelText('By'), '1');
    await userEvent.type(screen.getByLabelText('From'), '2026-03-01');
    await userEvent.type(screen.getByLabelText('To'), '2026-03-03');
    const last = calls.filter((c) => c.url.pathname === '/api/history').at(-1);
    expect(last?.url.searchParams.getAll('table_name')).toEqual(['eq.users']);
    expect(last?.url.searchParams.getAll('action')).toEqual(['eq.update']);
    expect(last?.url.searchParams.getAll('user_id')).toEqual(['eq.1']);
    expect(last?.url.searchParams.getAll('created_at')).toEqual([
      'gte.2026-03-01T08:00:00.000Z',
      'lt.2026-03-04T08:00:00.000Z',
    ]);
  });
});
