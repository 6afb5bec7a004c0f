import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionContext, type SessionValue } from '../../../lib/auth/session-context';
import { Outbox } from '../../../lib/offline/outbox';
import { setOutboxForTests } from '../../../lib/offline/outbox-instance';
import { memoryOutboxStore } from '../../../lib/offline/outbox-store';
import type { Change, SendOutcome } from '../../../lib/offline/outbox-types';
import { useOutboxItems } from '../../../lib/offline/use-outbox';
import { OutboxList } from './outbox-list';
import { syncSummary } from './sync-status';

const session = { status: 'signed-in', me: { user_id: 1 } } as unknown as SessionValue;
/** The list as the app shows it: this person's items, live. */
function Shown() {
  return <OutboxList items={useOutboxItems()} />;
}

const theirs = { entry_id: 9, job_name: 'Theirs', job_start_time: '09:00:00', updated_at: 't1' };

async function setup(answers: SendOutcome[]) {
  const sent: Change[] = [];
  const outbox = new Outbox(memoryOutboxStore(), async (change) => {
    const answer = answers.shift() ?? { result: 'sent', row: null };
    if (answer.result === 'sent') sent.push(change);
    return answer;
  });
  setOutboxForTests(outbox);
  await outbox.enqueue(
    1,
    {
      kind: 'edit-entry',
      id: 9,
      patch: { job_name: 'Mine', job_start_time: '09:00' },
      base: { entry_id: 9, updated_at: 't0' },
    },
    'Changes to job “Old”',
  );
  await outbox.flush(1);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <SessionContext.Provider value={session}>
        <Shown />
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
  return { outbox, sent };
}

afterEach(() => setOutboxForTests(null));

describe('OutboxList', () => {
  it('shows both versions of a conflict, marking only the fields that differ', async () => {
    await setup([{ result: 'conflict', theirs }]);
    const table = screen.getByRole('table');
    const name = within(table).getByRole('row', { name: /Job name/ });
    expect(name).toHaveTextContent('Mine');
    expect(name).toHaveTextContent('Theirs');
    expect(name).toHaveClass('table-warning');
    // 09:00 and 09:00:00 are the same time.
    expect(within(table).getByRole('row', { name: /Start time/ })).not.toHaveClass('table-warning');
  });

  it('keep mine sends my version based on the server copy', async () => {
    const { outbox, sent } = await setup([{ result: 'conflict', theirs }]);
    await userEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(outbox.snapshot()).toEqual([]));
    expect(sent[0]).toMatchObject({ patch: { job_name: 'Mine' }, base: { updated_at: 't1' } });
  });

  it('take theirs drops my change without sending it', async () => {
    const { outbox, sent } = await setup([{ result: 'conflict', theirs }]);
    await userEvent.click(screen.getByRole('button', { name: 'Take theirs' }));
    await waitFor(() => expect(outbox.snapshot()).toEqual([]));
    expect(sent).toEqual([]);
  });

  it('edit sends a version typed from both', async () => {
    const { outbox, sent } = await setup([{ result: 'conflict', theirs }]);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const field = screen.getByRole('textbox', { name: 'Job name' });
    expect(field).toHaveValue('Mine');
    expect(field).toHaveAccessibleDescription('On the server now: Theirs');
    await userEvent.clear(field);
    await userEvent.type(field, 'Mine and theirs');
    await userEvent.click(screen.getByRole('button', { name: 'Send this version' }));
    await waitFor(() => expect(outbox.snapshot()).toEqual([]));
    expect(sent[0]).toMatchObject({ patch: { job_name: 'Mine and theirs' } });
  });

  it('a refused change shows why, and is discarded only after confirming', async () => {
    const { outbox } = await setup([{ result: 'refused', reason: 'This job no longer exists.' }]);
    expect(screen.getByText('This job no longer exists.')).toBeInTheDocument();
    expect(screen.getByText('Not accepted')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(outbox.snapshot()).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Discard for good' }));
    await waitFor(() => expect(outbox.snapshot()).toEqual([]));
    expect(screen.queryByText('This job no longer exists.')).not.toBeInTheDocument();
  });
});

describe('syncSummary', () => {
  it('says what waits and what needs a choice', () => {
    expect(syncSummary(true, 0, 0)).toBeNull();
    expect(syncSummary(false, 2, 0)).toBe(
      'You are offline. New jobs, tasks, edits and photos are kept on this device. 2 changes waiting to sync when the connection is back.',
    );
    expect(syncSummary(true, 1, 1)).toBe('1 change waiting to sync. 1 change needs your choice.');
  });
});
