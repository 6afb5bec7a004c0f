import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toaster } from '../../../components/ui/toaster/toaster';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { MyCalendar } from './my-calendar';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('MyCalendar', () => {
  it('asks for the visible week only and lists my items with a spoken toolbar', async () => {
    vi.setSystemTime(new Date('2026-03-04T18:00:00Z'));
    const { calls } = fakeApi({
      '/api/ticket_entries': [
        {
          entry_id: 11,
          user_id: 3,
          job_name: 'Replace AHU belt',
          job_date: '2026-03-04',
          job_start_time: '08:00:00',
          job_end_time: '10:30:00',
        },
      ],
      '/api/ticket_misc_entries': [],
    });
    renderWithProviders(
      <Toaster>
        <MyCalendar userId={3} color="#fd7e14" timeZone="America/Los_Angeles" />
      </Toaster>,
    );
    await screen.findByText('Replace AHU belt');
    expect(screen.getByText('1 item on these dates.')).toBeInTheDocument();
    const entries = calls.find((c) => c.url.pathname === '/api/ticket_entries')?.url;
    expect(entries?.searchParams.getAll('job_date')).toEqual(['gte.2026-03-02', 'lte.2026-03-08']);
    expect(screen.getByRole('button', { name: 'Previous week' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Week', pressed: true })).toBeInTheDocument();
    expect(screen.getByText(/change its date and times on its page/)).toHaveClass(
      'visually-hidden',
    );
    await waitFor(() =>
      expect(screen.getByText('Replace AHU belt').closest('a')).toHaveAttribute('href', '/jobs/11'),
    );
  });
});
