import type { ApiRow } from '../../../lib/offline/outbox-types';
import { queueChange } from '../../../lib/offline/queue-change';
import { entryFromDraft, type JobDraft } from './job-draft';
import type { JobEntry } from './types';

/** Keeps a new job on this device until it can be sent (its ticket too, when typed new). */
export async function queueNewEntry(userId: number, draft: JobDraft): Promise<void> {
  const choice = draft.ticket;
  if (!choice) throw new Error('a job needs a ticket');
  const existing = choice.kind === 'existing' ? choice.ticket : null;
  const entry = entryFromDraft(draft, existing?.ticket_id ?? 0) as unknown as ApiRow;
  const newTicket =
    choice.kind === 'new' && choice.buildingId !== null
      ? { ticket_number: choice.ticketNumber, building_id: choice.buildingId }
      : null;
  const ticketNumber =
    existing?.ticket_number ?? (choice.kind === 'new' ? choice.ticketNumber : '');
  await queueChange(
    userId,
    { kind: 'create-entry', entry, deviceIds: draft.devices, newTicket },
    `New job “${draft.job_name.trim()}” on ticket #${ticketNumber} (${draft.job_date})`,
  );
}

/** Keeps an edit of a job until it can be sent; the page shows it at once. */
export async function queueEntryEdit(
  userId: number,
  base: JobEntry | null | undefined,
  entryId: number,
  patch: Partial<JobEntry>,
): Promise<JobEntry> {
  await queueChange(
    userId,
    {
      kind: 'edit-entry',
      id: entryId,
      patch: patch as ApiRow,
      base: (base as unknown as ApiRow) ?? null,
    },
    `Changes to job “${base?.job_name ?? entryId}”`,
  );
  return { ...(base as JobEntry), ...patch };
}
