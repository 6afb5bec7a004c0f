import { api, run } from '../../../lib/api-client';
import type { WorkKind } from './filters';

// The database's moderation functions (0085_moderation_reasons, 0010_api_functions): they
// decide who may delete or restore what; a refusal comes back as a 42501 error in words.
const FUNCTIONS: Record<WorkKind, { remove: string; restore: string; key: string }> = {
  entries: { remove: 'delete_ticket_entry', restore: 'restore_ticket_entry', key: 'entry_id' },
  tasks: {
    remove: 'delete_ticket_misc_entry',
    restore: 'restore_ticket_misc_entry',
    key: 'entry_id',
  },
  tickets: { remove: 'delete_ticket', restore: 'restore_ticket', key: 'ticket_id' },
};

/** Soft-deletes someone's row; the reason is kept on it and in its history. */
export async function deleteWithReason(kind: WorkKind, id: number, reason: string): Promise<void> {
  const fn = FUNCTIONS[kind];
  await run(api.rpc(fn.remove, { [fn.key]: id, reason }));
}

export async function restoreRow(kind: WorkKind, id: number): Promise<void> {
  const fn = FUNCTIONS[kind];
  await run(api.rpc(fn.restore, { [fn.key]: id }));
}

/** "job", "task" or "ticket", for sentences. */
export function kindNoun(kind: WorkKind): string {
  return kind === 'entries' ? 'job' : kind === 'tasks' ? 'task' : 'ticket';
}
