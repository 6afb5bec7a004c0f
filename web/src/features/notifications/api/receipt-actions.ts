import { useMutation, useQueryClient } from '@tanstack/react-query';
import { markAllRead, notificationKeys, type ReceiptChange, updateReceipt } from './notifications';
import { announceReadStateChange } from './read-state-sync';

/** Read, unread, dismiss, restore and mark-all-read; each refreshes this tab and the others. */
export function useReceiptActions() {
  const queryClient = useQueryClient();
  const settled = async () => {
    await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    announceReadStateChange();
  };
  const change = useMutation({
    mutationFn: ({ id, ...receipt }: ReceiptChange & { id: number }) => updateReceipt(id, receipt),
    onSettled: settled,
  });
  const markAll = useMutation({ mutationFn: markAllRead, onSettled: settled });
  return { change, markAll };
}
