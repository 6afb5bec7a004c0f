import type { OutboxStore } from './outbox-store';
import {
  type ApiRow,
  type Change,
  type EditChange,
  type OutboxItem,
  type Sender,
  targetOf,
} from './outbox-types';

export interface FlushResult {
  sent: number;
  /** True when the network dropped again before everything was sent. */
  offline: boolean;
}

type Listener = () => void;

/**
 * The queue of changes made offline and the engine that sends them, oldest first. A change
 * the server refuses or that meets a newer server copy stays, with its reason, and holds
 * back later changes to the same job or task; nothing is dropped without the person saying so.
 */
export class Outbox {
  private items: readonly OutboxItem[] = [];
  private sending = new Set<number>();
  private listeners = new Set<Listener>();
  private flushing: Promise<FlushResult> | null = null;
  private loaded: Promise<void> | null = null;

  constructor(
    private readonly store: OutboxStore,
    private readonly send: Sender,
    /** Runs a flush under a lock shared with other tabs (Web Locks), when there is one. */
    private readonly exclusive: <T>(run: () => Promise<T>) => Promise<T> = (run) => run(),
  ) {}

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Every item, oldest first (a new array after each change, for React). */
  snapshot = (): readonly OutboxItem[] => this.items;

  isSending(seq: number): boolean {
    return this.sending.has(seq);
  }

  load(): Promise<void> {
    this.loaded ??= this.reload();
    return this.loaded;
  }

  /** Re-reads the store (another tab may have changed it). */
  async reload(): Promise<void> {
    this.items = await this.store.all();
    this.emit();
  }

  async enqueue(userId: number, change: Change, label: string): Promise<OutboxItem> {
    await this.load();
    const merged = await this.mergeEdit(userId, change);
    if (merged) return merged;
    const item = {
      userId,
      change,
      label,
      queuedAt: new Date().toISOString(),
      state: 'waiting' as const,
      reason: null,
      theirs: null,
    };
    const seq = await this.store.add(item);
    const stored = { ...item, seq };
    this.items = [...this.items, stored];
    this.emit();
    return stored;
  }

  /**
   * A second edit of the same job while the first still waits joins it: one PATCH, based
   * on the row the first edit saw, so the server copy is compared once.
   */
  private async mergeEdit(userId: number, change: Change): Promise<OutboxItem | null> {
    if (change.kind !== 'edit-entry' && change.kind !== 'edit-task') return null;
    const target = targetOf(change);
    const last = [...this.items].reverse().find((i) => targetOf(i.change) === target);
    if (
      !last ||
      last.userId !== userId ||
      last.state !== 'waiting' ||
      last.change.kind !== change.kind ||
      this.sending.has(last.seq)
    ) {
      return null;
    }
    const previous = last.change as EditChange;
    return this.replace({
      ...last,
      change: { ...previous, patch: { ...previous.patch, ...change.patch } },
    });
  }

  /** Sends this person's waiting changes in order; one flush at a time. */
  flush(userId: number): Promise<FlushResult> {
    this.flushing ??= this.exclusive(() => this.sendAll(userId)).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async sendAll(userId: number): Promise<FlushResult> {
    // Inside the lock: another tab may have sent some of these already.
    await this.reload();
    let sent = 0;
    const stuck = new Set<string>();
    for (const { seq } of this.items) {
      // Looked up afresh: an edit sent just before may have rebased this one.
      const queued = this.items.find((i) => i.seq === seq);
      if (!queued || queued.userId !== userId) continue;
      const target = targetOf(queued.change);
      if (queued.state !== 'waiting') {
        if (target) stuck.add(target);
        continue;
      }
      if (target && stuck.has(target)) continue;
      const outcome = await this.sendOne(queued);
      if (outcome === 'offline') return { sent, offline: true };
      if (outcome === 'sent') sent++;
      else if (target) stuck.add(target);
    }
    return { sent, offline: false };
  }

  private async sendOne(item: OutboxItem): Promise<'sent' | 'offline' | 'stuck'> {
    this.sending.add(item.seq);
    this.emit();
    try {
      const outcome = await this.send(item.change);
      switch (outcome.result) {
        case 'sent':
          await this.remove(item.seq);
          if (outcome.row) await this.rebaseLaterEdits(item, outcome.row);
          return 'sent';
        case 'offline':
          return 'offline';
        case 'later':
          await this.replace({ ...item, reason: outcome.reason });
          return 'offline';
        case 'conflict':
          await this.replace({ ...item, state: 'conflict', theirs: outcome.theirs, reason: null });
          return 'stuck';
        case 'refused':
          await this.replace({ ...item, state: 'refused', reason: outcome.reason });
          return 'stuck';
      }
    } finally {
      this.sending.delete(item.seq);
      this.emit();
    }
  }

  /** After an edit went through, later edits of the same row are based on the new copy. */
  private async rebaseLaterEdits(sent: OutboxItem, row: ApiRow): Promise<void> {
    const target = targetOf(sent.change);
    if (!target || (sent.change.kind !== 'edit-entry' && sent.change.kind !== 'edit-task')) return;
    for (const later of this.items) {
      if (later.seq <= sent.seq || targetOf(later.change) !== target) continue;
      const change = later.change;
      if (change.kind === 'edit-entry' || change.kind === 'edit-task') {
        await this.replace({ ...later, change: { ...change, base: row } });
      }
    }
  }

  /** Conflict: send mine again, now based on the server's copy. `patch` when edited first. */
  async keepMine(seq: number, patch?: ApiRow): Promise<void> {
    const item = this.items.find((i) => i.seq === seq);
    if (!item || (item.change.kind !== 'edit-entry' && item.change.kind !== 'edit-task')) return;
    await this.replace({
      ...item,
      state: 'waiting',
      reason: null,
      theirs: null,
      change: { ...item.change, patch: patch ?? item.change.patch, base: item.theirs },
    });
  }

  /**
   * A waiting new job or task changed before it was sent: it keeps its place in the queue.
   * False when it is gone (sent meanwhile) or being sent right now.
   */
  async replaceQueued(seq: number, change: Change, label: string): Promise<boolean> {
    await this.load();
    const item = this.items.find((i) => i.seq === seq);
    if (!item || this.sending.has(seq) || item.change.kind !== change.kind) return false;
    if (item.state === 'conflict') return false;
    await this.replace({ ...item, change, label, state: 'waiting', reason: null });
    return true;
  }

  /** A refused change, tried again (after the reason was dealt with). */
  async retry(seq: number): Promise<void> {
    const item = this.items.find((i) => i.seq === seq);
    if (item) await this.replace({ ...item, state: 'waiting', reason: null });
  }

  /** Forgets one change: "take theirs" or "discard", always the person's own choice. */
  async discard(seq: number): Promise<void> {
    await this.remove(seq);
  }

  /** Signing out: nothing of this person stays on the device. */
  async clear(): Promise<void> {
    await this.store.clear();
    this.items = [];
    this.emit();
  }

  private async replace(item: OutboxItem): Promise<OutboxItem> {
    await this.store.put(item);
    this.items = this.items.map((i) => (i.seq === item.seq ? item : i));
    this.emit();
    return item;
  }

  private async remove(seq: number): Promise<void> {
    await this.store.remove(seq);
    this.items = this.items.filter((i) => i.seq !== seq);
    this.emit();
  }

  private emit(): void {
    // Sending state is part of what lists show: give React a new array.
    this.items = [...this.items];
    for (const listener of this.listeners) listener();
  }
}
