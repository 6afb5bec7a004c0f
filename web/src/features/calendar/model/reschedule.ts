import type { ToastInput } from '../../../components/ui/toaster/toast-context';
import { formatDate, formatTime } from '../../../lib/time';
import type { ItemKind } from '../api/types';
import type { WallTimes } from './wall-clock';

/** One drag or resize of an event, before and after. */
export interface TimeChange {
  kind: ItemKind;
  id: number;
  title: string;
  before: WallTimes;
  after: WallTimes;
  /** Puts the event back where it was on the calendar. */
  revert: () => void;
}

export interface RescheduleDeps {
  save: (kind: ItemKind, id: number, times: WallTimes) => Promise<void>;
  notify: (toast: ToastInput) => void;
  describe: (error: unknown) => string;
  /** Re-reads the calendar after a save (or a failed one). */
  refresh: () => void;
}

/** "Wed 25 Nov 2026, 09:00–10:30" (or the date alone for an all-day item). */
export function describeTimes(times: WallTimes): string {
  const date = formatDate(times.date);
  if (!times.start) return date;
  return `${date}, ${formatTime(times.start)}${times.end ? `–${formatTime(times.end)}` : ''}`;
}

/**
 * Saves a move. Success offers Undo, which saves the previous times back; a refusal puts
 * the event back and says why.
 */
export async function reschedule(change: TimeChange, deps: RescheduleDeps): Promise<boolean> {
  try {
    await deps.save(change.kind, change.id, change.after);
  } catch (error) {
    change.revert();
    deps.notify({
      variant: 'danger',
      message: `“${change.title}” was not moved: ${deps.describe(error)} It is back where it was.`,
    });
    deps.refresh();
    return false;
  }
  deps.refresh();
  deps.notify({
    variant: 'success',
    message: `“${change.title}” moved to ${describeTimes(change.after)}.`,
    action: { label: 'Undo', run: () => undoReschedule(change, deps) },
  });
  return true;
}

/** Saves the times from before the move back. */
export async function undoReschedule(change: TimeChange, deps: RescheduleDeps): Promise<boolean> {
  try {
    await deps.save(change.kind, change.id, change.before);
  } catch (error) {
    deps.notify({
      variant: 'danger',
      message: `The move of “${change.title}” could not be undone: ${deps.describe(error)}`,
    });
    return false;
  } finally {
    deps.refresh();
  }
  deps.notify({
    variant: 'success',
    message: `“${change.title}” is back at ${describeTimes(change.before)}.`,
  });
  return true;
}
