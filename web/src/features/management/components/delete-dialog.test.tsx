import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { toWorkRow } from '../api/work-rows';
import { DeleteDialog } from './delete-dialog';

afterEach(() => vi.unstubAllGlobals());

const row = toWorkRow('entries', {
  entry_id: 12,
  user_id: 3,
  job_name: 'Replace filters',
  job_date: '2026-11-20',
  may_delete: true,
});

function open(onDeleted = vi.fn(), onCancel = vi.fn()) {
  renderWithProviders(
    <DeleteDialog row={row} ownerName="tom" onCancel={onCancel} onDeleted={onDeleted} />,
  );
  return { onDeleted, onCancel };
}

describe('DeleteDialog', () => {
  it('asks to confirm, names what and whose', async () => {
    open();
    expect(
      await screen.findByRole('dialog', { name: 'Delete job “Replace filters”?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/It leaves tom’s lists/)).toBeInTheDocument();
  });

  it('requires a reason and sends nothing without one', async () => {
    const { calls } = fakeApi({});
    const { onDeleted } = open();
    await userEvent.type(await screen.findByLabelText('Reason'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Delete job' }));
    expect(screen.getByText('Say why it is deleted.')).toBeVisible();
    expect(calls).toEqual([]);
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('deletes through the database with the reason', async () => {
    const { calls } = fakeApi({
      'POST /api/rpc/delete_ticket_entry': () => new Response(null, { status: 204 }),
    });
    const { onDeleted } = open();
    await userEvent.type(await screen.findByLabelText('Reason'), ' Duplicate entry ');
    await userEvent.click(screen.getByRole('button', { name: 'Delete job' }));
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledWith('Duplicate entry'));
    expect(calls[0]?.body).toEqual({ entry_id: 12, reason: 'Duplicate entry' });
  });

  it('explains a refusal and stays open', async () => {
    fakeApi({
      'POST /api/rpc/delete_ticket_entry': () =>
        new Response(JSON.stringify({ code: '42501', message: 'you may not delete this entry' }), {
          status: 403,
          headers: { 'Content-Type': 'application/json' },
        }),
    });
    const { onDeleted } = open();
    await userEvent.type(await screen.findByLabelText('Reason'), 'Duplicate');
    await userEvent.click(screen.getByRole('button', { name: 'Delete job' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not allowed: you may not delete this entry.',
    );
    expect(onDeleted).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete job' })).toBeEnabled();
  });

  it('cancels', async () => {
    const { onCancel } = open();
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
