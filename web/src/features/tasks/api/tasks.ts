import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useContext } from 'react';
import { api, pageRange, run, runWithCount } from '../../../lib/api-client';
import { SessionContext } from '../../../lib/auth/session-context';
import { isOffline, mustQueue } from '../../../lib/offline/queue-change';
import { queueTaskEdit } from './offline-tasks';

/** A miscellaneous task (`ticket_misc_entries`): work that belongs to no ticket. */
export interface MiscTask {
  entry_id: number;
  user_id: number;
  misc_name: string | null;
  misc_start_date: string;
  misc_start_time: string | null;
  misc_end_time: string | null;
  created_at: string;
  updated_at: string;
}

export type NewTask = Pick<
  MiscTask,
  'misc_name' | 'misc_start_date' | 'misc_start_time' | 'misc_end_time'
>;

export const TASKS_PAGE_SIZE = 20;
export const taskKeys = {
  list: (page: number) => ['tasks', 'list', page] as const,
  one: (id: number) => ['tasks', 'one', id] as const,
};

export function useTasks(userId: number | null, page: number) {
  return useQuery({
    queryKey: taskKeys.list(page),
    enabled: userId !== null,
    queryFn: () => {
      const [from, to] = pageRange(page, TASKS_PAGE_SIZE);
      return runWithCount<MiscTask[]>(
        api
          .from('ticket_misc_entries')
          .select('*', { count: 'exact' })
          .eq('user_id', userId as number)
          .order('misc_start_date', { ascending: false })
          .order('misc_start_time', { ascending: false, nullsFirst: false })
          .order('entry_id', { ascending: false })
          .range(from, to),
      );
    },
    placeholderData: keepPreviousData,
  });
}

export function useTask(taskId: number) {
  return useQuery({
    queryKey: taskKeys.one(taskId),
    queryFn: async () => {
      const rows = await run<MiscTask[]>(
        api.from('ticket_misc_entries').select('*').eq('entry_id', taskId),
      );
      return rows[0] ?? null;
    },
  });
}

export async function createTask(task: NewTask): Promise<MiscTask> {
  const rows = await run<MiscTask[]>(api.from('ticket_misc_entries').insert(task).select('*'));
  const row = rows[0];
  if (!row) throw new Error('the new task was not returned');
  return row;
}

export async function deleteTask(taskId: number): Promise<void> {
  await run(api.from('ticket_misc_entries').delete().eq('entry_id', taskId));
}

export async function restoreTask(taskId: number): Promise<void> {
  await run(api.rpc('restore_ticket_misc_entry', { entry_id: taskId }));
}

/** Optimistic edit of one task, rolled back if the server refuses. */
export function useUpdateTask(taskId: number) {
  const queryClient = useQueryClient();
  const key = taskKeys.one(taskId);
  const userId = useContext(SessionContext)?.me?.user_id ?? null;
  const mutation = useMutation({
    // Offline the edit joins the outbox, based on the row as it was before this edit.
    mutationFn: async ({ patch, base }: { patch: Partial<MiscTask>; base: MiscTask | null }) => {
      if (userId !== null && mustQueue(userId)) return queueTaskEdit(userId, base, taskId, patch);
      try {
        const rows = await run<MiscTask[]>(
          api.from('ticket_misc_entries').update(patch).eq('entry_id', taskId).select('*'),
        );
        return rows[0] ?? null;
      } catch (error) {
        if (userId === null || !isOffline(error)) throw error;
        return queueTaskEdit(userId, base, taskId, patch);
      }
    },
    onMutate: async ({ patch }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<MiscTask | null>(key);
      if (previous) queryClient.setQueryData(key, { ...previous, ...patch });
      return { previous };
    },
    onError: (_e, _p, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (saved) => {
      if (saved) queryClient.setQueryData(key, saved);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['day'] });
    },
  });
  return (patch: Partial<MiscTask>) =>
    mutation.mutateAsync({
      patch,
      base: queryClient.getQueryData<MiscTask | null>(key) ?? null,
    });
}
