import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useContext } from 'react';
import { SessionContext } from '../../../lib/auth/session-context';
import { isOffline, mustQueue } from '../../../lib/offline/queue-change';
import { updateEntry } from './entries';
import { queueEntryEdit } from './offline-entries';
import { entryKeys, type JobEntry } from './types';

/**
 * Edits one entry optimistically: the page shows the new value at once; if the server
 * refuses, the old value comes back and the caller's promise rejects (the field editor then
 * reopens with what was typed and the reason).
 */
export function useUpdateEntry(entryId: number) {
  const queryClient = useQueryClient();
  const key = entryKeys.one(entryId);
  const userId = useContext(SessionContext)?.me?.user_id ?? null;
  const mutation = useMutation({
    // Offline (or behind changes still waiting) the edit joins the outbox, based on the row
    // as it was before this edit, so a change made meanwhile elsewhere shows as a conflict.
    mutationFn: async ({ patch, base }: { patch: Partial<JobEntry>; base: JobEntry | null }) => {
      if (userId !== null && mustQueue(userId)) return queueEntryEdit(userId, base, entryId, patch);
      try {
        return await updateEntry(entryId, patch);
      } catch (error) {
        if (userId === null || !isOffline(error)) throw error;
        return queueEntryEdit(userId, base, entryId, patch);
      }
    },
    onMutate: async ({ patch }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<JobEntry | null>(key);
      if (previous) queryClient.setQueryData(key, { ...previous, ...patch });
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (saved) => {
      // The server's row carries the changed flag the trigger set.
      queryClient.setQueryData(key, saved);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: entryKeys.alerts(entryId) });
      void queryClient.invalidateQueries({ queryKey: entryKeys.history(entryId) });
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['day'] });
    },
  });
  return (patch: Partial<JobEntry>) =>
    mutation.mutateAsync({
      patch,
      base: queryClient.getQueryData<JobEntry | null>(key) ?? null,
    });
}
