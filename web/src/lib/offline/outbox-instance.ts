import { idbOutboxStore } from './idb-outbox-store';
import { Outbox } from './outbox';
import { sendChange } from './outbox-sender';

let instance: Outbox | null = null;

/** Two tabs must not send the same queue twice: the browser's Web Locks serialise them. */
function acrossTabs<T>(run: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return run();
  return navigator.locks.request('crewlog-outbox', run) as Promise<T>;
}

/** This device's outbox (IndexedDB), created on first use. */
export function getOutbox(): Outbox {
  instance ??= new Outbox(idbOutboxStore(), sendChange, acrossTabs);
  return instance;
}

/** Tests give the app an outbox over a memory store and a sender of their own. */
export function setOutboxForTests(outbox: Outbox | null): void {
  instance = outbox;
}
