import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toaster } from '../../../components/ui/toaster/toaster';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { readFilters } from '../api/filters';
import { WorkList } from './work-list';

afterEach(() => vi.unstubAllGlobals());

const nameOf = (id: number | null) => ({ 2: 'mia', 3: 'tom', 4: 'lee' })[id ?? 0] ?? 'someone';

function render(query: string) {
  return renderWithProviders(
    <Toaster>
      <WorkList
        kind="entries"
        filters={readFilters(new URLSearchParams(query))}
        nameOf={nameOf}
        buildingOf={(id) => (id === 1 ? 'Harbor Medical Center' : null)}
        timeZone="UTC"
        onPage={() => {}}
        onRowGone={() => {}}
      />
    </Toaster>,
  );
}

describe('WorkList', () => {
  it('offers Delete only where the database says one may', async () => {
    fakeApi({
      '/api/ticket_entries': [
        {
          entry_id: 1,
          user_id: 3,
          job_name: 'Replace filters',
          job_date: '2026-11-20',
          job_followup_required: true,
          may_delete: true,
          tickets: { ticket_number: 'WO-1', building_id: 1 },
        },
        {
          entry_id: 2,
          user_id: 4,
          job_name: 'Quarterly PM',
          job_date: '2026-11-19',
          may_delete: false,
        },
      ],
    });
    render('section=entries');
    const list = await screen.findByRole('list', { name: 'Job entries' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('tom · Fri, 20 Nov 2026 · #WO-1 · Harbor Medical Center');
    expect(within(first as HTMLElement).getByText('Follow-up')).toBeVisible();
    expect(
      within(first as HTMLElement).getByRole('button', {
        name: 'Delete job “Replace filters” of tom',
      }),
    ).toBeEnabled();
    expect(within(second as HTMLElement).queryByRole('button')).toBeNull();
    expect(within(list).getByRole('link', { name: 'Quarterly PM' })).toHaveAttribute(
      'href',
      '/jobs/2',
    );
  });

  it('shows who deleted a row and why, and restores it', async () => {
    const { calls } = fakeApi({
      '/api/deleted_ticket_entries': [
        {
          entry_id: 7,
          user_id: 3,
          job_name: 'Duplicate visit',
          job_date: '2026-11-20',
          deleted_at: '2026-11-25T10:00:00Z',
          deleted_by: 2,
          deleted_reason: 'Logged twice',
        },
      ],
      'POST /api/rpc/restore_ticket_entry': () => new Response(null, { status: 204 }),
    });
    render('section=entries&state=deleted');
    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent('Deleted 25 Nov 2026, 10:00 by mia — reason: Logged twice');
    await userEvent.click(
      within(item).getByRole('button', { name: 'Restore job “Duplicate visit” of tom' }),
    );
    expect(await screen.findByText('Restored job “Duplicate visit”.')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ entry_id: 7 });
  });

  it('explains a failed load and offers to try again', async () => {
    fakeApi({
      '/api/ticket_entries': () =>
        new Response(JSON.stringify({ code: '42501', message: 'permission denied' }), {
          status: 403,
          headers: { 'Content-Type': 'application/json' },
        }),
    });
    render('section=entries');
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do that.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
