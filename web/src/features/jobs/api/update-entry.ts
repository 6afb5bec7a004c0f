import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateEntry } from './entries';
import { entryKeys, type JobEntry } from './types';

/**
 * Edits one entry optimistically: the page shows the new value at once; if the server
 * refuses, the old value comes back and the caller's promise rejects (the field editor then
 * reopens with what was typed and the reason).
 */
export function useUpdateEntry(entryId: number) {
  const queryClient = useQueryClient();
  const key = entryKeys.one(entryId);
  const mutation = useMutation({
    mutationFn: (patch: Partial<JobEntry>) => updateEntry(entryId, patch),
    onMutate: async (patch) => {
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
  return (patch: Partial<JobEntry>) => mutation.mutateAsync(patch);
}
