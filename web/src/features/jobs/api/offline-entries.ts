import { getOutbox } from '../../../lib/offline/outbox-instance';
import type { ApiRow, CreateEntryChange } from '../../../lib/offline/outbox-types';
import { announceOutboxChange, queueChange } from '../../../lib/offline/queue-change';
import { entryFromDraft, type JobDraft } from './job-draft';
import type { JobEntry } from './types';

/**
 * Keeps a new job on this device until it can be sent (its ticket too, when typed new).
 * With `replacing`, the waiting job of that queue number is changed instead, in its place.
 */
export async function queueNewEntry(
  userId: number,
  draft: JobDraft,
  replacing?: number,
): Promise<void> {
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
  const change = {
    kind: 'create-entry' as const,
    entry,
    deviceIds: draft.devices,
    newTicket,
    form: draft,
  };
  const label = `New job “${draft.job_name.trim()}” on ticket #${ticketNumber} (${draft.job_date})`;
  if (replacing === undefined) {
    await queueChange(userId, change, label);
    return;
  }
  if (!(await getOutbox().replaceQueued(replacing, change, label))) {
    throw new WaitingJobSent();
  }
  announceOutboxChange();
}

/** The waiting job was sent (or is being sent) while it was open for changes. */
export class WaitingJobSent extends Error {
  constructor() {
    super('This job has just been sent, so it can no longer be changed here. Open it from Jobs.');
    this.name = 'WaitingJobSent';
  }
}

/** The form of a waiting new job, to change it before it is sent (undefined: none kept). */
export function queuedJobForm(change: CreateEntryChange): JobDraft | undefined {
  const form = change.form as JobDraft | undefined;
  return form && typeof form === 'object' && 'job_name' in form ? form : undefined;
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
