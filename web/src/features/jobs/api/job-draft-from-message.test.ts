import { describe, expect, it } from 'vitest';
import { draftFromMessage } from './job-draft-from-message';

const message = {
  ticket_number: ' 12345 ',
  building_id: 3,
  job_name: 'Chiller trips',
  job_date: '2026-03-05',
  job_start_time: '08:30',
  job_end_time: null,
  job_description: 'Check the compressor.',
};

describe('draftFromMessage', () => {
  it('proposes a new ticket in the matched building', () => {
    expect(draftFromMessage('2026-11-25', message, null)).toMatchObject({
      ticket: { kind: 'new', ticketNumber: '12345', buildingId: 3 },
      job_name: 'Chiller trips',
      job_date: '2026-03-05',
      job_start_time: '08:30',
      job_end_time: '',
      job_description: 'Check the compressor.',
      devices: [],
    });
  });

  it('picks an existing ticket, and falls back to today without a date', () => {
    const ticket = {
      ticket_id: 9,
      ticket_number: '12345',
      building_id: 4,
      status: 'open' as const,
    };
    expect(draftFromMessage('2026-11-25', { ...message, job_date: null }, ticket)).toMatchObject({
      ticket: { kind: 'existing', ticket },
      job_date: '2026-11-25',
    });
  });

  it('leaves the ticket to choose when the message names none', () => {
    expect(draftFromMessage('2026-11-25', { ...message, ticket_number: null }, null).ticket).toBe(
      null,
    );
  });
});
