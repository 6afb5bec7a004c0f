import { describe, expect, it, vi } from 'vitest';
import type { ToastInput } from '../../../components/ui/toaster/toast-context';
import { formatDate } from '../../../lib/time';
import { describeTimes, type RescheduleDeps, reschedule, type TimeChange } from './reschedule';

const before = { date: '2026-03-07', start: '08:00', end: '10:30' };
const after = { date: '2026-03-08', start: '09:00', end: '11:30' };

function setup(save: RescheduleDeps['save']) {
  const toasts: ToastInput[] = [];
  const deps: RescheduleDeps = {
    save: vi.fn(save),
    notify: (t) => toasts.push(t),
    describe: (e) => `${(e as Error).message}.`,
    refresh: vi.fn(),
  };
  const change: TimeChange = {
    kind: 'entry',
    id: 11,
    title: 'Replace belt',
    before,
    after,
    revert: vi.fn(),
  };
  return { toasts, deps, change };
}

describe('reschedule', () => {
  it('saves the new times and offers Undo, which saves the old ones back', async () => {
    const { toasts, deps, change } = setup(async () => {});
    expect(await reschedule(change, deps)).toBe(true);
    expect(deps.save).toHaveBeenCalledWith('entry', 11, after);
    expect(change.revert).not.toHaveBeenCalled();
    expect(toasts[0]).toMatchObject({
      variant: 'success',
      message: `“Replace belt” moved to ${formatDate('2026-03-08')}, 09:00–11:30.`,
    });
    expect(toasts[0]?.action?.label).toBe('Undo');

    await toasts[0]?.action?.run();
    expect(deps.save).toHaveBeenLastCalledWith('entry', 11, before);
    expect(toasts[1]?.message).toBe(
      `“Replace belt” is back at ${formatDate('2026-03-07')}, 08:00–10:30.`,
    );
    expect(deps.refresh).toHaveBeenCalledTimes(2);
  });

  it('puts the event back and says why when the save is refused', async () => {
    const { toasts, deps, change } = setup(async () => {
      throw new Error('Not allowed: only the author may move this entry');
    });
    expect(await reschedule(change, deps)).toBe(false);
    expect(change.revert).toHaveBeenCalledOnce();
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toMatchObject({ variant: 'danger' });
    expect(toasts[0]?.message).toContain('only the author may move this entry');
    expect(toasts[0]?.message).toContain('back where it was');
    expect(toasts[0]?.action).toBeUndefined();
  });

  it('says so when the undo itself fails', async () => {
    let calls = 0;
    const { toasts, deps, change } = setup(async () => {
      calls += 1;
      if (calls === 2) throw new Error('Crewlog could not be reached');
    });
    await reschedule(change, deps);
    await toasts[0]?.action?.run();
    expect(toasts[1]).toMatchObject({ variant: 'danger' });
    expect(toasts[1]?.message).toContain('could not be undone');
  });

  it('describes all-day and open-ended times', () => {
    expect(describeTimes({ date: '2026-03-08', start: null, end: null })).toBe(
      formatDate('2026-03-08'),
    );
    expect(describeTimes({ date: '2026-03-08', start: '07:00:00', end: null })).toBe(
      `${formatDate('2026-03-08')}, 07:00`,
    );
  });
});
