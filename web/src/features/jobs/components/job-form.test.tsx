import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { JobForm } from './job-form';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

const buildings = [{ building_id: 1, building_name: 'Harbor Medical Center' }];
const devices = [
  { device_id: 11, building_id: 1, device_name: 'AHU-1', device_type: 'air handler' },
];

async function fillNewTicketJob(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Ticket number'), 'T-77');
  await user.selectOptions(
    await screen.findByLabelText('Building of new ticket #T-77'),
    'Harbor Medical Center',
  );
  await user.type(screen.getByLabelText(/Job name/), 'Belts');
  await user.type(screen.getByLabelText('Start time'), '08:00');
  await user.type(screen.getByLabelText('End time'), '09:30');
  await user.click(await screen.findByLabelText('AHU-1 (air handler)'));
}

describe('JobForm', () => {
  it('names what is missing instead of sending', async () => {
    const { calls } = fakeApi({ '/api/buildings': buildings });
    const user = userEvent.setup();
    renderWithProviders(<JobForm today="2026-11-25" onSaved={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Save job' }));
    expect(screen.getByText('Choose a ticket or type a new ticket number.')).toBeInTheDocument();
    expect(screen.getByText('Give the job a name.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('creates the ticket, then the entry with its devices in one request', async () => {
    const { calls } = fakeApi({
      '/api/buildings': buildings,
      '/api/devices': devices,
      'GET /api/tickets': [],
      'POST /api/tickets': [
        { ticket_id: 5, ticket_number: 'T-77', building_id: 1, status: 'open' },
      ],
      'POST /api/rpc/create_ticket_entry': [{ entry_id: 42, ticket_id: 5, job_name: 'Belts' }],
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<JobForm today="2026-11-25" onSaved={onSaved} />);
    await fillNewTicketJob(user);
    await user.click(screen.getByRole('button', { name: 'Save job' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ entry_id: 42 });
    // The entry and its devices go in one request, so the links are not an edit.
    const create = calls.find(
      (c) => c.method === 'POST' && c.url.pathname === '/api/rpc/create_ticket_entry',
    );
    expect(create?.body).toMatchObject({
      entry: {
        ticket_id: 5,
        job_name: 'Belts',
        job_date: '2026-11-25',
        job_start_time: '08:00',
        job_end_time: '09:30',
      },
      device_ids: [11],
    });
  });

  it('keeps everything typed when the ticket number is taken', async () => {
    fakeApi({
      '/api/buildings': buildings,
      '/api/devices': devices,
      'GET /api/tickets': [],
      'POST /api/tickets': () =>
        new Response(
          JSON.stringify({
            code: '23505',
            message: 'duplicate key value violates unique constraint "tickets_ticket_number_key"',
          }),
          {
            status: 409,
          },
        ),
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<JobForm today="2026-11-25" onSaved={onSaved} />);
    await fillNewTicketJob(user);
    await user.click(screen.getByRole('button', { name: 'Save job' }));
    expect(await screen.findByText(/Ticket #T-77 already exists/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('That ticket number is already taken');
    expect(screen.getByLabelText(/Job name/)).toHaveValue('Belts');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
