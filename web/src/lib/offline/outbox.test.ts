import { describe, expect, it } from 'vitest';
import { Outbox } from './outbox';
import { memoryOutboxStore } from './outbox-store';
import type { Change, SendOutcome } from './outbox-types';

const task = (name: string): Change => ({ kind: 'create-task', task: { misc_name: name } });
const edit = (id: number, patch: Record<string, unknown>, updatedAt = 't0'): Change => ({
  kind: 'edit-entry',
  id,
  patch,
  base: { entry_id: id, updated_at: updatedAt },
});

/** A sender that records what it was given and answers from a script (default: sent). */
function scripted(answers: Array<(change: Change) => SendOutcome> = []) {
  const sent: Change[] = [];
  const send = async (change: Change): Promise<SendOutcome> => {
    const answer = answers.shift();
    const outcome = answer ? answer(change) : { result: 'sent' as const, row: null };
    if (outcome.result === 'sent') sent.push(change);
    return outcome;
  };
  return { sent, send };
}

describe('Outbox', () => {
  it('sends in the order changes were made and empties itself', async () => {
    const { sent, send } = scripted();
    const outbox = new Outbox(memoryOutboxStore(), send);
    await outbox.enqueue(1, task('first'), 'first');
    await outbox.enqueue(1, task('second'), 'second');
    await outbox.enqueue(1, edit(9, { job_name: 'x' }), 'edit');
    expect(await outbox.flush(1)).toEqual({ sent: 3, offline: false });
    expect(sent.map((c) => c.kind)).toEqual(['create-task', 'create-task', 'edit-entry']);
    expect(sent[0]).toMatchObject({ task: { misc_name: 'first' } });
    expect(outbox.snapshot()).toEqual([]);
  });

  it('stops at the first network failure and keeps the rest, in order, for later', async () => {
    const { sent, send } = scripted([
      () => ({ result: 'sent', row: null }),
      () => ({ result: 'offline' }),
    ]);
    const store = memoryOutboxStore();
    const outbox = new Outbox(store, send);
    await outbox.enqueue(1, task('a'), 'a');
    await outbox.enqueue(1, task('b'), 'b');
    await outbox.enqueue(1, task('c'), 'c');
    expect(await outbox.flush(1)).toEqual({ sent: 1, offline: true });
    expect((await store.all()).map((i) => i.label)).toEqual(['b', 'c']);
    expect(outbox.snapshot().every((i) => i.state === 'waiting')).toBe(true);
    expect(await outbox.flush(1)).toEqual({ sent: 2, offline: false });
    expect(sent).toHaveLength(3);
  });

  it('a server error keeps the change waiting with the reason', async () => {
    const { send } = scripted([() => ({ result: 'later', reason: 'The server had a problem.' })]);
    const outbox = new Outbox(memoryOutboxStore(), send);
    await outbox.enqueue(1, task('a'), 'a');
    expect((await outbox.flush(1)).offline).toBe(true);
    expect(outbox.snapshot()[0]).toMatchObject({
      state: 'waiting',
      reason: 'The server had a problem.',
    });
  });

  it('a conflict holds back later changes to the same job, not to others', async () => {
    const theirs = { entry_id: 9, job_name: 'theirs', updated_at: 't1' };
    const { sent, send } = scripted([() => ({ result: 'conflict', theirs })]);
    const outbox = new Outbox(memoryOutboxStore(), send);
    await outbox.enqueue(1, edit(9, { job_name: 'mine' }), 'edit 9');
    await outbox.enqueue(1, task('other'), 'task');
    await outbox.enqueue(
      1,
      { kind: 'add-photo', entryId: 9, photo: new Blob(['x']), fileName: 'a.jpg', keepTime: false },
      'photo 9',
    );
    expect(await outbox.flush(1)).toEqual({ sent: 1, offline: false });
    expect(sent.map((c) => c.kind)).toEqual(['create-task']);
    const [conflict, photo] = outbox.snapshot();
    expect(conflict).toMatchObject({ state: 'conflict', theirs });
    expect(photo).toMatchObject({ label: 'photo 9', state: 'waiting' });
  });

  it('keep mine sends my version again, based on the server copy', async () => {
    const theirs = { entry_id: 9, job_name: 'theirs', updated_at: 't1' };
    const { sent, send } = scripted([() => ({ result: 'conflict', theirs })]);
    const outbox = new Outbox(memoryOutboxStore(), send);
    const item = await outbox.enqueue(1, edit(9, { job_name: 'mine' }), 'edit');
    await outbox.flush(1);
    await outbox.keepMine(item.seq, { job_name: 'both' });
    await outbox.flush(1);
    expect(sent[0]).toMatchObject({ patch: { job_name: 'both' }, base: { updated_at: 't1' } });
    expect(outbox.snapshot()).toEqual([]);
  });

  it('a refused change stays with its reason until retried or discarded', async () => {
    const { sent, send } = scripted([
      () => ({ result: 'refused', reason: 'This job no longer exists.' }),
    ]);
    const outbox = new Outbox(memoryOutboxStore(), send);
    const item = await outbox.enqueue(1, edit(9, { job_name: 'x' }), 'edit');
    await outbox.flush(1);
    await outbox.flush(1);
    expect(outbox.snapshot()[0]).toMatchObject({
      state: 'refused',
      reason: 'This job no longer exists.',
    });
    await outbox.retry(item.seq);
    await outbox.flush(1);
    expect(sent).toHaveLength(1);
    expect(outbox.snapshot()).toEqual([]);
  });

  it('joins edits of the same job that wait, keeping the first base', async () => {
    const { sent, send } = scripted();
    const outbox = new Outbox(memoryOutboxStore(), send);
    await outbox.enqueue(1, edit(9, { job_name: 'a' }, 't0'), 'edit');
    await outbox.enqueue(1, edit(9, { job_description: 'b' }, 'ignored'), 'edit');
    expect(outbox.snapshot()).toHaveLength(1);
    await outbox.flush(1);
    expect(sent[0]).toMatchObject({
      patch: { job_name: 'a', job_description: 'b' },
      base: { updated_at: 't0' },
    });
  });

  it('rebases a later edit on the row an earlier one produced', async () => {
    const { sent, send } = scripted([
      () => ({ result: 'sent', row: { entry_id: 9, updated_at: 't2' } }),
    ]);
    const outbox = new Outbox(memoryOutboxStore(), send);
    await outbox.enqueue(1, edit(9, { job_name: 'a' }), 'first');
    // A photo in between means the second edit is a separate item.
    await outbox.enqueue(
      1,
      { kind: 'add-photo', entryId: 9, photo: new Blob(['x']), fileName: 'p.jpg', keepTime: false },
      'photo',
    );
    await outbox.enqueue(1, edit(9, { job_name: 'b' }), 'second');
    await outbox.flush(1);
    expect(sent[2]).toMatchObject({ patch: { job_name: 'b' }, base: { updated_at: 't2' } });
  });

  it('sends only the signed-in person’s changes and forgets everything on clear', async () => {
    const { sent, send } = scripted();
    const outbox = new Outbox(memoryOutboxStore(), send);
    await outbox.enqueue(2, task('someone else'), 'theirs');
    await outbox.enqueue(1, task('mine'), 'mine');
    await outbox.flush(1);
    expect(sent).toHaveLength(1);
    expect(outbox.snapshot().map((i) => i.userId)).toEqual([2]);
    await outbox.clear();
    expect(outbox.snapshot()).toEqual([]);
  });

  it('changes a waiting new item in its place in the queue, never one being sent', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sent: Change[] = [];
    const outbox = new Outbox(memoryOutboxStore(), async (change) => {
      if (change.kind === 'create-task' && change.task.misc_name === 'slow') await gate;
      sent.push(change);
      return { result: 'sent', row: null };
    });
    const first = await outbox.enqueue(1, task('first'), 'first');
    await outbox.enqueue(1, task('second'), 'second');
    expect(await outbox.replaceQueued(first.seq, task('first, changed'), 'first, changed')).toBe(
      true,
    );
    expect(await outbox.replaceQueued(first.seq, edit(9, {}), 'wrong kind')).toBe(false);
    expect(outbox.snapshot().map((i) => i.label)).toEqual(['first, changed', 'second']);

    const slow = await outbox.enqueue(1, task('slow'), 'slow');
    const flushing = outbox.flush(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await outbox.replaceQueued(slow.seq, task('too late'), 'too late')).toBe(false);
    release();
    await flushing;
    expect(sent).toEqual([task('first, changed'), task('second'), task('slow')]);
    expect(await outbox.replaceQueued(first.seq, task('gone'), 'gone')).toBe(false);
  });

  it('runs one flush at a time', async () => {
    let release: () => void = () => {};
    const calls: string[] = [];
    const outbox = new Outbox(memoryOutboxStore(), async (change) => {
      calls.push(change.kind);
      await new Promise<void>((resolve) => (release = resolve));
      return { result: 'sent', row: null };
    });
    await outbox.enqueue(1, task('a'), 'a');
    const first = outbox.flush(1);
    const second = outbox.flush(1);
    expect(second).toBe(first);
    await new Promise((r) => setTimeout(r, 0));
    release();
    await first;
    expect(calls).toEqual(['create-task']);
  });
});
