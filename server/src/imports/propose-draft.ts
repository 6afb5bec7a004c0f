import { type BuildingCandidate, buildingCandidates, type KnownBuilding } from './building-match';
import type { Draft } from './draft';
import { wallClock } from './local-time';
import type { ParsedMessage } from './parsed-message';
import { findTicketNumber } from './ticket-number';

export interface ProposalContext {
  ticketPatterns: RegExp[];
  buildings: KnownBuilding[];
  /** The importing user's timezone: dates and times are shown on their clock. */
  timeZone: string;
}

// Matches the entry's job name column limits loosely; a subject is rarely longer.
const JOB_NAME_MAX = 200;

/** A draft from an email. Warnings tell the reviewer what to check before confirming. */
export function proposeDraft(
  message: ParsedMessage,
  sourceFile: string,
  context: ProposalContext,
): Draft {
  const warnings: string[] = [];
  const ticketNumber = findTicketNumber(message.subject, message.text, context.ticketPatterns);
  if (!ticketNumber) warnings.push('no ticket number found');
  const candidates = buildingCandidates(`${message.subject}\n${message.text}`, context.buildings);
  const buildingId = chooseBuilding(candidates, warnings);
  const when = message.sentAt ? wallClock(message.sentAt, context.timeZone) : null;
  if (!when) warnings.push('the message has no date');
  const jobName = message.subject.slice(0, JOB_NAME_MAX);
  if (!jobName) warnings.push('the message has no subject');
  if (message.attachments.length > 0) {
    warnings.push(`${message.attachments.length} attachment(s) not imported`);
  }
  return {
    ticket_number: ticketNumber,
    building_id: buildingId,
    building_candidates: candidates,
    job_name: jobName,
    job_date: when?.date ?? null,
    job_start_time: when?.time ?? null,
    job_end_time: null,
    job_description: message.text,
    source_file: sourceFile,
    warnings,
    attachments: message.attachments,
  };
}

function chooseBuilding(candidates: BuildingCandidate[], warnings: string[]): number | null {
  if (candidates.length === 1) return candidates[0]?.building_id ?? null;
  warnings.push(candidates.length === 0 ? 'no building recognised' : 'several buildings match');
  return null;
}

/**
 * A ticket that already exists decides the building: the draft takes the ticket's
 * building, and the building warnings no longer apply.
 */
export function applyExistingTickets(
  drafts: Draft[],
  ticketBuildings: Map<string, number>,
): Draft[] {
  return drafts.map((draft) => {
    const known = draft.ticket_number ? ticketBuildings.get(draft.ticket_number) : undefined;
    if (known === undefined) return draft;
    return {
      ...draft,
      building_id: known,
      warnings: draft.warnings.filter((w) => !/building/.test(w)),
    };
  });
}
