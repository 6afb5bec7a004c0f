import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useContext, useMemo } from 'react';
import { SessionContext } from '../../../lib/auth/session-context';
import { getOutbox } from '../../../lib/offline/outbox-instance';
import type { ApiRow } from '../../../lib/offline/outbox-types';
import { announceOutboxChange } from '../../../lib/offline/queue-change';

/** Pages that show what the outbox sends. */
const REFRESHED = [['jobs'], ['tasks'], ['day'], ['photos'], ['summary'], ['calendar']];

/** Refreshes the pages after queued changes reached the server. */
export function useRefreshAfterSync() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    for (const queryKey of REFRESHED) void queryClient.invalidateQueries({ queryKey });
  }, [queryClient]);
}

/** What the person may do with a queued change; each choice is sent at once if it can be. */
export function useOutboxActions() {
  const userId = useContext(SessionContext)?.me?.user_id ?? null;
  const refresh = useRefreshAfterSync();
  return useMemo(() => {
    const outbox = getOutbox();
    const after = async () => {
      announceOutboxChange();
      if (userId !== null && navigator.onLine) {
        const result = await outbox.flush(userId);
        if (result.sent > 0) announceOutboxChange();
      }
      refresh();
    };
    return {
      keepMine: async (seq: number, patch?: ApiRow) => {
        await outbox.keepMine(seq, patch);
        await after();
      },
      discard: async (seq: number) => {
        await outbox.discard(seq);
        await after();
      },
      retry: async (seq: number) => {
        await outbox.retry(seq);
        await after();
      },
    };
  }, [userId, refresh]);
}
