import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendChange } from './outbox-sender';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function stubFetch(...answers: Array<Response | Error>) {
  const calls: { method: string; url: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ method: init?.method ?? 'GET', url: decodeURIComponent(String(input)) });
      const answer = answers.shift();
      if (!answer || answer instanceof Error) throw answer ?? new TypeError('no answer');
      return answer;
    }),
  );
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

const edit = {
  kind: 'edit-entry' as const,
  id: 9,
  patch: { job_name: 'mine' },
  base: { entry_id: 9, updated_at: '2025-03-01T10:00:00.123456+00:00' },
};

describe('sendChange', () => {
  it('patches only the row the edit was made on', async () => {
    const calls = stubFetch(json([{ entry_id: 9, job_name: 'mine', updated_at: 'later' }]));
    expect(await sendChange(edit)).toEqual({
      result: 'sent',
      row: { entry_id: 9, job_name: 'mine', updated_at: 'later' },
    });
    expect(calls[0]?.method).toBe('PATCH');
    expect(calls[0]?.url).toContain('entry_id=eq.9');
    expect(calls[0]?.url).toContain('updated_at=eq.2025-03-01T10:00:00.123456+00:00');
  });

  it('reports a conflict with the server copy when the row changed meanwhile', async () => {
    const theirs = { entry_id: 9, job_name: 'theirs', updated_at: 'newer' };
    stubFetch(json([]), json([theirs]));
    expect(await sendChange(edit)).toEqual({ result: 'conflict', theirs });
  });

  it('says the job is gone when it cannot be read any more', async () => {
    stubFetch(json([]), json([]));
    const outcome = await sendChange(edit);
    expect(outcome.result).toBe('refused');
    expect(outcome).toMatchObject({ reason: expect.stringMatching(/no longer exists/) });
  });

  it('keeps a change for later when the network fails or the server errs', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    expect(await sendChange(edit)).toEqual({ result: 'offline' });
    stubFetch(json({ message: 'boom' }, 503));
    expect((await sendChange({ kind: 'create-task', task: { misc_name: 'a' } })).result).toBe(
      'later',
    );
  });

  it('a refusal (4xx) carries the reason', async () => {
    stubFetch(json({ code: '23514', message: 'end time before start time' }, 400));
    expect(await sendChange({ kind: 'create-task', task: { misc_name: 'a' } })).toEqual({
      result: 'refused',
      reason: 'End time before start time',
    });
  });

  it('a ticket number taken meanwhile is used rather than refused', async () => {
    const calls = stubFetch(
      json({ code: '23505', message: 'duplicate ticket' }, 409),
      json([{ ticket_id: 44 }]),
      json([{ entry_id: 100 }]),
    );
    const outcome = await sendChange({
      kind: 'create-entry',
      entry: { job_name: 'a', ticket_id: 0 },
      deviceIds: [3],
      newTicket: { ticket_number: 'T-1', building_id: 2 },
    });
    expect(outcome).toEqual({ result: 'sent', row: { entry_id: 100 } });
    expect(calls.map((c) => c.method)).toEqual(['POST', 'GET', 'POST']);
    expect(calls[2]?.url).toContain('rpc/create_ticket_entry');
  });
});
