import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, pageRange, run, runWithCount } from '../../../lib/api-client';
import { entryKeys, type JobEntry } from './types';

export const JOBS_PAGE_SIZE = 20;

/** My job entries, newest first, one page at a time; `search` matches the job name. */
export function useEntries(userId: number | null, page: number, search: string) {
  return useQuery({
    queryKey: entryKeys.list(page, search),
    enabled: userId !== null,
    queryFn: async () => {
      let query = api
        .from('ticket_entries')
        .select('*', { count: 'exact' })
        // Managers may read everyone's entries; this list is "my jobs".
        .eq('user_id', userId as number)
        .order('job_date', { ascending: false })
        .order('job_start_time', { ascending: false, nullsFirst: false })
        .order('entry_id', { ascending: false });
      if (search.trim()) query = query.ilike('job_name', `%${search.trim()}%`);
      const [from, to] = pageRange(page, JOBS_PAGE_SIZE);
      return runWithCount<JobEntry[]>(query.range(from, to));
    },
    placeholderData: keepPreviousData,
  });
}

export function useEntry(entryId: number) {
  return useQuery({
    queryKey: entryKeys.one(entryId),
    queryFn: async () => {
      const rows = await run<JobEntry[]>(
        api.from('ticket_entries').select('*').eq('entry_id', entryId).limit(1),
      );
      return rows[0] ?? null;
    },
  });
}

export type NewEntry = Omit<
  JobEntry,
  'entry_id' | 'user_id' | 'created_at' | 'updated_at' | 'job_changed_flag'
>;

/**
 * Creates the entry and links its devices in one request (one transaction), so the links
 * made on the form do not mark the new entry as changed, and nothing is half saved.
 */
export async function createEntry(entry: NewEntry, deviceIds: number[] = []): Promise<JobEntry> {
  const rows = await run<JobEntry[]>(
    api.rpc('create_ticket_entry', { entry, device_ids: deviceIds }),
  );
  const row = rows[0];
  if (!row) throw new Error('the new entry was not returned');
  return row;
}

export async function updateEntry(entryId: number, patch: Partial<JobEntry>): Promise<JobEntry> {
  const rows = await run<JobEntry[]>(
    api.from('ticket_entries').update(patch).eq('entry_id', entryId).select('*'),
  );
  const row = rows[0];
  if (!row) throw new Error('the entry was not returned');
  return row;
}

/** Soft delete: the entry leaves the lists but can be restored. */
export async function deleteEntry(entryId: number): Promise<void> {
  await run(api.from('ticket_entries').delete().eq('entry_id', entryId));
}

export async function restoreEntry(entryId: number): Promise<void> {
  await run(api.rpc('restore_ticket_entry', { entry_id: entryId }));
}
