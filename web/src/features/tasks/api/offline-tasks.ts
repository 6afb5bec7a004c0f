import type { ApiRow } from '../../../lib/offline/outbox-types';
import { queueChange } from '../../../lib/offline/queue-change';
import type { MiscTask, NewTask } from './tasks';

/** Keeps a new task on this device until it can be sent. */
export async function queueNewTask(userId: number, task: NewTask): Promise<void> {
  await queueChange(
    userId,
    { kind: 'create-task', task: task as unknown as ApiRow },
    `New task “${task.misc_name ?? ''}” (${task.misc_start_date})`,
  );
}

/** Keeps an edit of a task until it can be sent; the page shows it at once. */
export async function queueTaskEdit(
  userId: number,
  base: MiscTask | null,
  taskId: number,
  patch: Partial<MiscTask>,
): Promise<MiscTask> {
  await queueChange(
    userId,
    { kind: 'edit-task', id: taskId, patch: patch as ApiRow, base: base as unknown as ApiRow },
    `Changes to task “${base?.misc_name ?? taskId}”`,
  );
  return { ...(base as MiscTask), ...patch };
}
