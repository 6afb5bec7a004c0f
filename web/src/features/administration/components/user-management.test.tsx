import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { UserManagement } from './user-management';

afterEach(() => vi.unstubAllGlobals());

const people = [
  {
    user_id: 1,
    alias: 'ada',
    name: 'Ada Admin',
    email: 'ada@example.com',
    user_is_admin: true,
    user_is_manager: false,
    user_is_active: true,
  },
  {
    user_id: 3,
    alias: 'tom',
    name: 'Tom Torres',
    email: 'tom@example.com',
    user_is_admin: false,
    user_is_manager: false,
    user_is_active: true,
  },
];

function api(extra: Record<string, unknown> = {}) {
  return fakeApi({
    '/api/users': people,
    '/api/user_sessions': [{ user_id: 3 }, { user_id: 3 }, { user_id: 1 }],
    ...extra,
  });
}

const rowOf = async (alias: string) =>
  (await screen.findByText(alias, { selector: 'div.fw-semibold, div.fw-semibold *' })).closest(
    'li',
  ) as HTMLElement;

describe('UserManagement', () => {
  it('never offers an admin to demote or deactivate themselves', async () => {
    api();
    renderWithProviders(<UserManagement myUserId={1} />);
    const me = await rowOf('ada');
    expect(within(me).getByLabelText('Role of ada')).toBeDisabled();
    expect(within(me).queryByRole('button', { name: /Deactivate/ })).not.toBeInTheDocument();
    const tom = await rowOf('tom');
    expect(within(tom).getByText(/signed in on 2 devices/)).toBeInTheDocument();
  });

  it('changes a role at once and says so', async () => {
    // The server answers slowly, so the list must show the choice before it does.
    let answer: (response: Response) => void = () => {};
    const { calls, fetchMock } = api();
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const recorded = fetchMock(input, init);
      if (!String(input).includes('/rpc/set_user_role')) return recorded;
      return new Promise<Response>((resolve) => {
        answer = resolve;
      });
    });
    renderWithProviders(<UserManagement myUserId={1} />);
    const tom = await rowOf('tom');
    await userEvent.selectOptions(within(tom).getByLabelText('Role of tom'), 'manager');
    expect(within(tom).getByLabelText('Role of tom')).toHaveValue('manager');
    answer(new Response('"manager"', { headers: { 'Content-Type': 'application/json' } }));
    expect(await screen.findByText('tom is now manager.')).toBeInTheDocument();
    expect(calls.find((c) => c.url.pathname === '/api/rpc/set_user_role')?.body).toEqual({
      user_id: 3,
      role: 'manager',
    });
  });

  it('asks before deactivating, then reports the ended sessions', async () => {
    const { calls } = api({ 'POST /api/rpc/set_user_active': '2' });
    renderWithProviders(<UserManagement myUserId={1} />);
    const tom = await rowOf('tom');
    await userEvent.click(within(tom).getByRole('button', { name: 'Deactivate tom' }));
    expect(calls.some((c) => c.url.pathname === '/api/rpc/set_user_active')).toBe(false);
    const confirm = within(tom).getByRole('group', {
      name: 'Deactivate tom and end their sessions?',
    });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('tom is deactivated; 2 sessions ended.')).toBeInTheDocument();
    expect(calls.find((c) => c.url.pathname === '/api/rpc/set_user_active')?.body).toEqual({
      user_id: 3,
      active: false,
    });
  });

  it('shows the database’s refusal in words', async () => {
    api({
      'POST /api/rpc/revoke_user_sessions': new Response(
        JSON.stringify({ code: 'PT404', message: 'there is no user 3' }),
        { status: 404 },
      ),
    });
    renderWithProviders(<UserManagement myUserId={1} />);
    const tom = await rowOf('tom');
    await userEvent.click(within(tom).getByRole('button', { name: 'Sign out everywhere: tom' }));
    await userEvent.click(within(tom).getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText(/not found/)).toBeInTheDocument();
  });
});
