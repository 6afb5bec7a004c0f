import { api, run } from '../../../lib/api-client';
import { emptyDraft, type JobDraft } from './job-draft';
import type { Ticket } from './types';

/** The fields of a job that an imported email proposes (see the import feature). */
export interface MessageFields {
  ticket_number: string | null;
  building_id: number | null;
  job_name: string;
  job_date: string | null;
  job_start_time: string | null;
  job_end_time: string | null;
  job_description: string | null;
}

/**
 * A new-job form filled from an email: an existing ticket is picked as such, an unknown
 * number becomes a new ticket in the proposed building (or asks for one).
 */
export function draftFromMessage(
  today: string,
  message: MessageFields,
  existing: Ticket | null,
): JobDraft {
  const number = message.ticket_number?.trim();
  return {
    ...emptyDraft(today),
    ticket: existing
      ? { kind: 'existing', ticket: existing }
      : number
        ? { kind: 'new', ticketNumber: number, buildingId: message.building_id }
        : null,
    job_name: message.job_name,
    job_date: message.job_date ?? today,
    job_start_time: message.job_start_time ?? '',
    job_end_time: message.job_end_time ?? '',
    job_description: message.job_description ?? '',
  };
}

/** The ticket with exactly this number, if it exists and may be read. */
export async function findTicketByNumber(ticketNumber: string | null): Promise<Ticket | null> {
  if (!ticketNumber?.trim()) return null;
  const rows = await run<Ticket[]>(
    api
      .from('tickets')
      .select('ticket_id,ticket_number,building_id,status')
      .eq('ticket_number', ticketNumber.trim()),
  );
  return rows[0] ?? null;
}
