import { describe, expect, it } from 'vitest';
import { checkImportDraft, draftsToConfirm } from './draft-checks';
import type { ImportDraft } from './types';

const draft = (patch: Partial<ImportDraft> = {}): ImportDraft => ({
  ticket_number: '12345',
  building_id: 3,
  building_candidates: [],
  job_name: 'Chiller trips',
  job_date: '2026-03-05',
  job_start_time: '08:30',
  job_end_time: null,
  job_description: 'text',
  source_file: 'chiller.eml',
  warnings: [],
  ...patch,
});

describe('checkImportDraft', () => {
  it('accepts a complete draft', () => {
    expect(checkImportDraft(draft())).toEqual({});
  });

  it('asks for a building, a ticket number, a name and a date', () => {
    expect(
      checkImportDraft(
        draft({ building_id: null, ticket_number: ' ', job_name: '', job_date: null }),
      ),
    ).toEqual({
      building_id: 'Choose the building.',
      ticket_number: 'Enter the ticket number.',
      job_name: 'Give the job a name.',
      job_date: 'Enter the date of the job.',
    });
  });

  it('wants a start time when there is an end time', () => {
    expect(checkImportDraft(draft({ job_start_time: '', job_end_time: '10:00' }))).toEqual({
      job_start_time: 'Enter the start time too.',
    });
  });
});

describe('draftsToConfirm', () => {
  it('trims text and sends empty times as null', () => {
    const [sent] = draftsToConfirm([
      draft({ ticket_number: ' 7 ', job_name: ' Pump ', job_start_time: '', job_end_time: '' }),
    ]);
    expect(sent).toMatchObject({
      ticket_number: '7',
      job_name: 'Pump',
      job_start_time: null,
      job_end_time: null,
    });
  });
});
