import { type DBSchema, openDB } from 'idb';
import type { OutboxStore } from './outbox-store';
import type { OutboxItem } from './outbox-types';

interface OutboxDb extends DBSchema {
  changes: { key: number; value: OutboxItem };
}

const DB_NAME = 'crewlog-outbox';

/** The outbox in IndexedDB: Blobs (photos) are stored as they are. */
export function idbOutboxStore(): OutboxStore {
  // Opened on first use, so merely rendering a list never touches IndexedDB.
  let opened: ReturnType<typeof openDB<OutboxDb>> | null = null;
  const db = () => {
    opened ??= openDB<OutboxDb>(DB_NAME, 1, {
      upgrade(database) {
        // Auto-increment keys never go back, so the order of queuing survives restarts.
        database.createObjectStore('changes', { keyPath: 'seq', autoIncrement: true });
      },
    });
    return opened;
  };
  return {
    all: async () => (await db()).getAll('changes'),
    add: async (item) => (await db()).add('changes', item as OutboxItem),
    put: async (item) => {
      await (await db()).put('changes', item);
    },
    remove: async (seq) => {
      await (await db()).delete('changes', seq);
    },
    clear: async () => {
      await (await db()).clear('changes');
    },
  };
}
