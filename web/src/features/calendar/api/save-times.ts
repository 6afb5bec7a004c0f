import { api, run } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import type { WallTimes } from '../model/wall-clock';
import type { ItemKind } from './types';

function patchFor(kind: ItemKind, times: WallTimes): Record<string, string | null> {
  return kind === 'entry'
    ? { job_date: times.date, job_start_time: times.start, job_end_time: times.end }
    : { misc_start_date: times.date, misc_start_time: times.start, misc_end_time: times.end };
}

/**
 * Saves an entry's or task's new date and times (PATCH). Row-level security hides other
 * people's rows from the update, which then changes nothing: that is a refusal too.
 */
export async function saveTimes(kind: ItemKind, id: number, times: WallTimes): Promise<void> {
  const table = kind === 'entry' ? 'ticket_entries' : 'ticket_misc_entries';
  const rows = await run<{ entry_id: number }[]>(
    api.from(table).update(patchFor(kind, times)).eq('entry_id', id).select('entry_id'),
  );
  if (rows.length === 0) {
    throw new ApiError({
      status: 403,
      code: '42501',
      message: `only the author may move this ${kind === 'entry' ? 'entry' : 'task'}`,
    });
  }
}
