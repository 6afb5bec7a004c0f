import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { type TicketChoice, TicketPicker } from './ticket-picker';

afterEach(() => vi.unstubAllGlobals());

const buildings = [
  { building_id: 1, building_name: 'Harbor Medical Center' },
  { building_id: 2, building_name: 'Northgate School' },
];

function Harness({ onChange }: { onChange: (c: TicketChoice | null) => void }) {
  const [value, setValue] = useState<TicketChoice | null>(null);
  return (
    <TicketPicker
      value={value}
      onChange={(choice) => {
        setValue(choice);
        onChange(choice);
      }}
    />
  );
}

describe('TicketPicker', () => {
  it('offers matching tickets and picks one', async () => {
    const { calls } = fakeApi({
      '/api/buildings': buildings,
      '/api/tickets': [{ ticket_id: 9, ticket_number: 'T-1001', building_id: 2, status: 'open' }],
    });
    const onChange = vi.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    await userEvent.type(screen.getByLabelText('Ticket number'), 'T-10');
    await userEvent.click(
      await screen.findByRole('button', { name: /Use ticket #T-1001 — Northgate School/ }),
    );
    expect(onChange).toHaveBeenLastCalledWith({
      kind: 'existing',
      ticket: { ticket_id: 9, ticket_number: 'T-1001', building_id: 2, status: 'open' },
    });
    expect(screen.getByText('#T-1001')).toBeInTheDocument();
    const searches = calls.filter((c) => c.url.pathname === '/api/tickets');
    expect(searches).toHaveLength(1);
    const search = searches[0];
    expect(search?.url.searchParams.get('ticket_number')).toBe('ilike.%T-10%');
  });

  it('asks for the building of a new ticket number', async () => {
    fakeApi({ '/api/buildings': buildings, '/api/tickets': [] });
    const onChange = vi.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    await userEvent.type(screen.getByLabelText('Ticket number'), 'NEW-7');
    const select = await screen.findByLabelText('Building of new ticket #NEW-7');
    await userEvent.selectOptions(select, 'Harbor Medical Center');
    expect(onChange).toHaveBeenLastCalledWith({
      kind: 'new',
      ticketNumber: 'NEW-7',
      buildingId: 1,
    });
  });
});
