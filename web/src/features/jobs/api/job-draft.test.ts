import { describe, expect, it } from 'vitest';
import { checkDraft, emptyDraft, entryFromDraft } from './job-draft';

describe('job draft', () => {
  it('asks for a ticket, its building, a name and a start time when an end is given', () => {
    const draft = { ...emptyDraft('2026-11-25'), job_end_time: '10:00' };
    expect(checkDraft(draft)).toEqual({
      ticket: 'Choose a ticket or type a new ticket number.',
      job_name: 'Give the job a name.',
      job_start_time: 'Enter the start time too.',
    });
    expect(
      checkDraft({
        ...draft,
        job_start_time: '09:00',
        job_name: 'x',
        ticket: { kind: 'new', ticketNumber: 'A1', buildingId: null },
      }),
    ).toEqual({ ticket: 'Choose the building of new ticket #A1.' });
  });
  it('sends blank text as null so it raises no alert', () => {
    const entry = entryFromDraft(
      { ...emptyDraft('2026-11-25'), job_name: ' Belts ', job_materials_needed: '  ' },
      7,
    );
    expect(entry).toMatchObject({
      ticket_id: 7,
      job_name: 'Belts',
      job_materials_needed: null,
      job_start_time: null,
    });
  });
});
