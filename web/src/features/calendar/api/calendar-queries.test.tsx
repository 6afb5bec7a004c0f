import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { useMyCalendar, useTeamCalendar } from './calendar-queries';

afterEach(() => vi.unstubAllGlobals());

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const range = { from: '2026-03-02', to: '2026-03-08' };
const params = (url: URL) => url.searchParams.getAll.bind(url.searchParams);

describe('calendar queries', () => {
  it('read only my rows on the dates shown', async () => {
    const { calls } = fakeApi({ '/api/ticket_entries': [], '/api/ticket_misc_entries': [] });
    const { result } = renderHook(() => useMyCalendar(3, range), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const entries = calls.find((c) => c.url.pathname === '/api/ticket_entries')?.url;
    const tasks = calls.find((c) => c.url.pathname === '/api/ticket_misc_entries')?.url;
    expect(entries && params(entries)('job_date')).toEqual(['gte.2026-03-02', 'lte.2026-03-08']);
    expect(entries?.searchParams.get('user_id')).toBe('eq.3');
    expect(tasks && params(tasks)('misc_start_date')).toEqual(['gte.2026-03-02', 'lte.2026-03-08']);
  });

  it('wait for the calendar to say which dates it shows', () => {
    const { calls } = fakeApi({});
    renderHook(() => useMyCalendar(3, null), { wrapper });
    expect(calls).toHaveLength(0);
  });

  it('read the team’s activity for the dates, narrowed by person and building', async () => {
    const { calls } = fakeApi({
      '/api/team_activity': [],
      '/api/ticket_entries': [],
      '/api/ticket_misc_entries': [],
    });
    const { result } = renderHook(() => useTeamCalendar(range, { person: 4, building: 2 }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const activity = calls.find((c) => c.url.pathname === '/api/team_activity')?.url;
    expect(activity && params(activity)('work_date')).toEqual(['gte.2026-03-02', 'lte.2026-03-08']);
    expect(activity?.searchParams.get('user_id')).toBe('eq.4');
    expect(activity?.searchParams.get('building_id')).toBe('eq.2');
    // Tasks have no building, so none are asked for.
    expect(calls.some((c) => c.url.pathname === '/api/ticket_misc_entries')).toBe(false);
  });
});
