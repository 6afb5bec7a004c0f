import { api, run } from '../api-client';
import { ApiError, errorFromResponse, NetworkError } from '../api-error';
import { authedFetch } from '../auth/authed-fetch';
import { describeError } from '../describe-error';
import type { AddPhotoChange, ApiRow, Change, EditChange, SendOutcome } from './outbox-types';

const TABLES = {
  'edit-entry': { table: 'ticket_entries', noun: 'job' },
  'edit-task': { table: 'ticket_misc_entries', noun: 'task' },
} as const;

/** Sends one queued change through the data API and says how it went. */
export async function sendChange(change: Change): Promise<SendOutcome> {
  try {
    switch (change.kind) {
      case 'create-entry':
        return sent(await createEntry(change.entry, change.deviceIds, change.newTicket));
      case 'create-task':
        return sent(
          first(
            await run<ApiRow[]>(api.from('ticket_misc_entries').insert(change.task).select('*')),
          ),
        );
      case 'edit-entry':
      case 'edit-task':
        return await sendEdit(change);
      case 'add-photo':
        return sent(await uploadPhoto(change));
    }
  } catch (error) {
    return outcomeOf(error);
  }
}

const sent = (row: ApiRow | null): SendOutcome => ({ result: 'sent', row });
const first = (rows: ApiRow[]): ApiRow | null => rows[0] ?? null;

/** The network, the session and the server's own troubles pass; a 4xx answer will not. */
export function outcomeOf(error: unknown): SendOutcome {
  if (error instanceof NetworkError) return { result: 'offline' };
  if (error instanceof ApiError) {
    if (
      error.status === 401 ||
      error.status === 408 ||
      error.status === 429 ||
      error.status >= 500
    ) {
      return { result: 'later', reason: describeError(error) };
    }
    return { result: 'refused', reason: describeError(error) };
  }
  return { result: 'later', reason: describeError(error) };
}

async function createEntry(
  entry: ApiRow,
  deviceIds: number[],
  newTicket: { ticket_number: string; building_id: number } | null,
): Promise<ApiRow | null> {
  const ticketId = newTicket ? await ticketFor(newTicket) : entry.ticket_id;
  return first(
    await run<ApiRow[]>(
      api.rpc('create_ticket_entry', {
        entry: { ...entry, ticket_id: ticketId },
        device_ids: deviceIds,
      }),
    ),
  );
}

/**
 * The ticket typed offline: created now, or — when someone created that number meanwhile —
 * the existing one, since the technician meant that ticket number.
 */
async function ticketFor(ticket: { ticket_number: string; building_id: number }) {
  try {
    const rows = await run<ApiRow[]>(api.from('tickets').insert(ticket).select('ticket_id'));
    return rows[0]?.ticket_id;
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== '23505') throw error;
    const rows = await run<ApiRow[]>(
      api.from('tickets').select('ticket_id').eq('ticket_number', ticket.ticket_number).limit(1),
    );
    if (!rows[0]) throw error;
    return rows[0].ticket_id;
  }
}

/**
 * PATCH only if the row is still the one the edit was made on (same updated_at). No row
 * changed means: either it changed meanwhile (a conflict to show) or it is gone/not ours.
 */
async function sendEdit(change: EditChange): Promise<SendOutcome> {
  const { table, noun } = TABLES[change.kind];
  let query = api.from(table).update(change.patch).eq('entry_id', change.id);
  const baseTime = change.base?.updated_at;
  if (typeof baseTime === 'string') query = query.eq('updated_at', baseTime);
  const updated = first(await run<ApiRow[]>(query.select('*')));
  if (updated) return sent(updated);
  const current = first(
    await run<ApiRow[]>(api.from(table).select('*').eq('entry_id', change.id).limit(1)),
  );
  if (!current) {
    return {
      result: 'refused',
      reason: `This ${noun} no longer exists or can no longer be changed (it may have been deleted).`,
    };
  }
  return { result: 'conflict', theirs: current };
}

async function uploadPhoto(change: AddPhotoChange): Promise<ApiRow> {
  const body = new FormData();
  body.append('file', change.photo, change.fileName);
  const query = change.keepTime ? '?keep_time=true' : '';
  const response = await authedFetch(`/files/entries/${change.entryId}/photos${query}`, {
    method: 'POST',
    body,
  });
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as ApiRow;
}
