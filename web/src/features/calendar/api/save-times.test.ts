import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { fakeApi } from '../../../testing/fake-api';
import { saveTimes } from './save-times';

afterEach(() => vi.unstubAllGlobals());

describe('saveTimes', () => {
  it('PATCHes the entry’s date and times', async () => {
    const { calls } = fakeApi({ 'PATCH /api/ticket_entries': [{ entry_id: 11 }] });
    await saveTimes('entry', 11, { date: '2026-03-08', start: '09:00', end: '11:30' });
    expect(calls[0]?.method).toBe('PATCH');
    expect(calls[0]?.url.searchParams.get('entry_id')).toBe('eq.11');
    expect(calls[0]?.body).toEqual({
      job_date: '2026-03-08',
      job_start_time: '09:00',
      job_end_time: '11:30',
    });
  });

  it('PATCHes a task’s own columns', async () => {
    const { calls } = fakeApi({ 'PATCH /api/ticket_misc_entries': [{ entry_id: 5 }] });
    await saveTimes('task', 5, { date: '2026-03-08', start: null, end: null });
    expect(calls[0]?.body).toEqual({
      misc_start_date: '2026-03-08',
      misc_start_time: null,
      misc_end_time: null,
    });
  });

  it('reports an update that changed nothing (a row the viewer may not edit) as refused', async () => {
    fakeApi({ 'PATCH /api/ticket_entries': [] });
    const saving = saveTimes('entry', 12, { date: '2026-03-08', start: '09:00', end: '10:00' });
    await expect(saving).rejects.toBeInstanceOf(ApiError);
    await expect(saving).rejects.toMatchObject({ status: 403, code: '42501' });
  });

  it('passes the database’s own refusal on', async () => {
    fakeApi({
      'PATCH /api/ticket_entries': () =>
        new Response(
          JSON.stringify({ code: '42501', message: "you may not edit another person's entry" }),
          { status: 403, headers: { 'Content-Type': 'application/json' } },
        ),
    });
    await expect(
      saveTimes('entry', 12, { date: '2026-03-08', start: '09:00', end: '10:00' }),
    ).rejects.toMatchObject({ message: "you may not edit another person's entry" });
  });
});
