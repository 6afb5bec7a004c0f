import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { DailyView } from './daily-view';

afterEach(() => vi.unstubAllGlobals());

describe('DailyView', () => {
  it('lists the day in time order, totals it and copies it as text', async () => {
    fakeApi({
      '/api/ticket_entries': [
        {
          entry_id: 1,
          ticket_id: 5,
          job_name: 'Panel swap',
          job_start_time: '08:00:00',
          job_end_time: '10:30:00',
          job_followup_required: true,
          job_changed_flag: false,
        },
      ],
      '/api/ticket_misc_entries': [
        {
          entry_id: 2,
          misc_name: 'Stores run',
          misc_start_time: '07:00:00',
          misc_end_time: '07:30:00',
        },
      ],
      '/api/tickets': [{ ticket_id: 5, ticket_number: 'T-5', building_id: 3 }],
      '/api/buildings': [{ building_id: 3, building_name: 'North Plant' }],
    });
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderWithProviders(<DailyView userId={1} alias="dana" date="2026-11-25" onDate={() => {}} />);
    const items = await screen.findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Stores run');
    expect(items[1]).toHaveTextContent('Panel swap');
    expect(items[1]).toHaveTextContent('#T-5 · North Plant');
    expect(screen.getByTestId('daily-total')).toHaveTextContent('3 h');
    await user.click(screen.getByRole('button', { name: 'Copy day as text' }));
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining('08:00–10:30  Panel swap [#T-5, North Plant]  2.50 h'),
    );
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
  });

  it('moves between days with the arrows', async () => {
    fakeApi({ '/api/ticket_entries': [], '/api/ticket_misc_entries': [] });
    const onDate = vi.fn();
    renderWithProviders(<DailyView userId={1} alias="dana" date="2026-03-01" onDate={onDate} />);
    await userEvent.click(screen.getByRole('button', { name: 'Previous day' }));
    expect(onDate).toHaveBeenCalledWith('2026-02-28');
    expect(await screen.findByText(/Nothing logged on this day/)).toBeInTheDocument();
  });
});
