import type pg from 'pg';
import { ClientError } from '../http/client-error';
import { databaseRefusal } from '../http/database-refusal';
import { ErrorCode } from '../http/error-codes';
import type { ConfirmBody } from './confirm-body';
import { lockPendingBatch, markBatchConfirmed, type StoredProposal } from './import-batch-store';
import { insertEntry, insertTask, restorePreferences, ticketFor } from './write-entries';

export interface ConfirmResult {
  tickets_created: number;
  entries_created: number;
  /** The new entries, in draft order, so the review page can link to them. */
  entry_ids: number[];
  tasks_created: number;
  preferences_restored: boolean;
}

/**
 * Writes the confirmed drafts in the caller's transaction, under the user's rights. Any
 * refusal (a policy, a constraint) aborts the whole import: the caller's transaction
 * rolls back and the error names the draft that was refused.
 */
export async function confirmImport(
  client: pg.PoolClient,
  importId: string,
  body: ConfirmBody,
): Promise<ConfirmResult> {
  const proposal = await lockPendingBatch(client, importId);
  if (!proposal) {
    throw new ClientError(
      404,
      ErrorCode.importNotFound,
      'No unconfirmed import with this id is yours.',
    );
  }
  const logOf = logsByFile(proposal);
  const counts = new Map<number, number>([...logOf.values()].map((id) => [id, 0]));
  const result: ConfirmResult = {
    tickets_created: 0,
    entries_created: 0,
    entry_ids: [],
    tasks_created: 0,
    preferences_restored: false,
  };
  for (const [index, draft] of body.drafts.entries()) {
    const logId = fileLog(logOf, draft.source_file, `drafts[${index}]`);
    await refusalsNamed(
      `drafts[${index}] (${draft.source_file}, ticket ${draft.ticket_number})`,
      async () => {
        const { ticket, created } = await ticketFor(client, draft);
        result.entry_ids.push(await insertEntry(client, ticket, draft));
        if (created) result.tickets_created += 1;
      },
    );
    result.entries_created += 1;
    counts.set(logId, (counts.get(logId) ?? 0) + 1);
  }
  for (const [index, task] of (body.tasks ?? []).entries()) {
    const logId = fileLog(logOf, task.source_file, `tasks[${index}]`);
    await refusalsNamed(`tasks[${index}] (${task.source_file})`, () => insertTask(client, task));
    result.tasks_created += 1;
    counts.set(logId, (counts.get(logId) ?? 0) + 1);
  }
  const preferences = proposal.preferences;
  if (preferences && body.restore_preferences !== false) {
    await refusalsNamed('preferences', () => restorePreferences(client, preferences));
    result.preferences_restored = true;
  }
  await markBatchConfirmed(client, importId, counts);
  return result;
}

function logsByFile(proposal: StoredProposal): Map<string, number> {
  return new Map(proposal.files.map((file) => [file.file_name, file.log_id]));
}

/** A confirmed row must come from a file of this import (its log row counts it). */
function fileLog(logOf: Map<string, number>, sourceFile: string, where: string): number {
  const logId = logOf.get(sourceFile);
  if (logId === undefined) {
    throw new ClientError(
      422,
      ErrorCode.invalidDrafts,
      `${where}: ${sourceFile} is not a file of this import`,
    );
  }
  return logId;
}

/** Runs one write; a database refusal becomes a 4xx that says which row it was. */
async function refusalsNamed(where: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw databaseRefusal(error, `${where}: `);
  }
}
