import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../../testing/fake-api';
import { readFilters } from './filters';
import { fetchWorkPage, toWorkRow } from './work-rows';

afterEach(() => vi.unstubAllGlobals());

const filters = (query: string) => readFilters(new URLSearchParams(query));

describe('toWorkRow', () => {
  it('reads a current entry with its ticket, flags and the database’s may_delete', () => {
    const row = toWorkRow('entries', {
      entry_id: 12,
      user_id: 3,
      job_name: 'Replace filters',
      job_date: '2026-11-20',
      job_start_time: '08:00:00',
      job_end_time: '09:30:00',
      job_followup_required: true,
      job_changed_flag: false,
      may_delete: false,
      tickets: { ticket_number: 'WO-1', building_id: 2 },
    });
    expect(row).toMatchObject({
      id: 12,
      title: 'Replace filters',
      ownerId: 3,
      ticketNumber: 'WO-1',
      buildingId: 2,
      followup: true,
      changed: false,
      mayModerate: false,
      deleted: null,
      href: '/jobs/12',
    });
  });

  it('reads a deleted task with who, when and why, and no link', () => {
    const row = toWorkRow('tasks', {
      entry_id: 4,
      user_id: 5,
      misc_name: '',
      misc_start_date: '2026-11-19',
      deleted_at: '2026-11-25T10:00:00Z',
      deleted_by: '2',
      deleted_reason: 'Logged twice',
    });
    expect(row).toMatchObject({
      title: 'Untitled task',
      mayModerate: true,
      deleted: { at: '2026-11-25T10:00:00Z', by: 2, reason: 'Logged twice' },
      href: null,
    });
  });

  it('reads a ticket by its number, owner and status', () => {
    const row = toWorkRow('tickets', {
      ticket_id: 9,
      ticket_number: 'WO-9',
      building_id: 1,
      created_by: 3,
      status: 'in_progress',
      created_at: '2026-11-01T07:00:00Z',
      may_delete: true,
    });
    expect(row).toMatchObject({
      title: 'Ticket #WO-9',
      ownerId: 3,
      date: '2026-11-01',
      status: 'in_progress',
      mayModerate: true,
    });
  });
});

describe('fetchWorkPage', () => {
  it('asks for open follow-ups of one person in one building, through the ticket', async () => {
    const { calls } = fakeApi({ '/api/ticket_entries': [] });
    await fetchWorkPage('entries', filters('section=entries&person=3&building=2&state=followup'));
    const url = calls[0]?.url;
    expect(url?.searchParams.get('select')).toContain('tickets!inner(ticket_number,building_id)');
    expect(url?.searchParams.get('select')).toContain('may_delete');
    expect(url?.searchParams.get('user_id')).toBe('eq.3');
    expect(url?.searchParams.get('tickets.building_id')).toBe('eq.2');
    expect(url?.searchParams.get('job_followup_required')).toBe('eq.true');
  });

  it('reads deleted rows from the deleted view, newest deletion first', async () => {
    const { calls } = fakeApi({ '/api/deleted_ticket_misc_entries': [] });
    await fetchWorkPage('tasks', filters('section=tasks&state=deleted&page=2'));
    const url = calls[0]?.url;
    expect(url?.searchParams.get('select')).toContain('deleted_reason');
    expect(url?.searchParams.get('order')).toBe('deleted_at.desc,entry_id.desc');
    expect(url?.searchParams.get('offset')).toBe('20');
  });

  it('filters tickets by status and building directly', async () => {
    const { calls } = fakeApi({ '/api/tickets': [] });
    await fetchWorkPage('tickets', filters('section=tickets&state=closed&building=4&person=6'));
    const url = calls[0]?.url;
    expect(url?.searchParams.get('status')).toBe('eq.closed');
    expect(url?.searchParams.get('building_id')).toBe('eq.4');
    expect(url?.searchParams.get('created_by')).toBe('eq.6');
  });
});
