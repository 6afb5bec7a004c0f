import type { NewOutboxItem, OutboxItem } from './outbox-types';

/** Where queued changes live: IndexedDB in the browser, memory in tests. */
export interface OutboxStore {
  all(): Promise<OutboxItem[]>;
  /** Stores a new item and returns its sequence number (always larger than any before). */
  add(item: NewOutboxItem): Promise<number>;
  put(item: OutboxItem): Promise<void>;
  remove(seq: number): Promise<void>;
  clear(): Promise<void>;
}

export function memoryOutboxStore(): OutboxStore {
  const items = new Map<number, OutboxItem>();
  let next = 1;
  return {
    all: async () => [...items.values()].sort((a, b) => a.seq - b.seq),
    add: async (item) => {
      const seq = next++;
      items.set(seq, { ...item, seq });
      return seq;
    },
    put: async (item) => {
      items.set(item.seq, item);
    },
    remove: async (seq) => {
      items.delete(seq);
    },
    clear: async () => {
      items.clear();
    },
  };
}
