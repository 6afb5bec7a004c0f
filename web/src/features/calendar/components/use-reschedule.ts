import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useToast } from '../../../components/ui/toaster/toast-context';
import { describeError } from '../../../lib/describe-error';
import { saveTimes } from '../api/save-times';
import { calendarKeys } from '../api/types';
import { reschedule, type TimeChange } from '../model/reschedule';

/** Saves a dragged or resized event, with Undo in a toast; a refusal puts it back. */
export function useReschedule(): (change: TimeChange) => Promise<boolean> {
  const toast = useToast();
  const queryClient = useQueryClient();
  return useCallback(
    (change: TimeChange) =>
      reschedule(change, {
        save: saveTimes,
        notify: toast,
        describe: describeError,
        refresh: () => {
          void queryClient.invalidateQueries({ queryKey: calendarKeys.all });
          // The item's own page and the day lists show the same times.
          void queryClient.invalidateQueries({
            queryKey: [change.kind === 'entry' ? 'jobs' : 'tasks'],
          });
          void queryClient.invalidateQueries({ queryKey: ['day'] });
        },
      }),
    [toast, queryClient],
  );
}
