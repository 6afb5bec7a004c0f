/**
 * A change made while the server could not be reached, kept on this device until it is sent.
 * Rows are plain API rows (the `ticket_entries` and `ticket_misc_entries` views), so the
 * outbox needs to know nothing about the pages that queue them.
 */
export type ApiRow = Record<string, unknown>;

export interface CreateEntryChange {
  kind: 'create-entry';
  entry: ApiRow;
  deviceIds: number[];
  /** A ticket number typed on the form that has to be created (or found) first. */
  newTicket: { ticket_number: string; building_id: number } | null;
  /** The form as it was filled in, so the job can be opened and changed while it waits. */
  form?: unknown;
}

export interface CreateTaskChange {
  kind: 'create-task';
  task: ApiRow;
}

export interface EditChange {
  kind: 'edit-entry' | 'edit-task';
  id: number;
  patch: ApiRow;
  /** The row the edit was made on; its updated_at tells whether the server moved on since. */
  base: ApiRow | null;
}

export interface AddPhotoChange {
  kind: 'add-photo';
  entryId: number;
  photo: Blob;
  fileName: string;
  keepTime: boolean;
}

export type Change = CreateEntryChange | CreateTaskChange | EditChange | AddPhotoChange;

/**
 * waiting: will be sent; conflict: the server copy changed since, the person chooses;
 * refused: the server said no (the reason is kept, with retry and discard).
 */
export type ItemState = 'waiting' | 'conflict' | 'refused';

export interface OutboxItem {
  /** Order of queuing: changes are sent in this order. */
  seq: number;
  userId: number;
  change: Change;
  /** What the person sees in lists: "New job “Replace belts”". */
  label: string;
  queuedAt: string;
  state: ItemState;
  reason: string | null;
  /** The server's copy when it changed meanwhile (state conflict). */
  theirs: ApiRow | null;
}

export type NewOutboxItem = Omit<OutboxItem, 'seq'>;

export type SendOutcome =
  | { result: 'sent'; row: ApiRow | null }
  | { result: 'offline' }
  | { result: 'conflict'; theirs: ApiRow }
  | { result: 'refused'; reason: string }
  /** Sent but not taken for a reason that may pass (server error, session to renew). */
  | { result: 'later'; reason: string };

export type Sender = (change: Change) => Promise<SendOutcome>;

/** Which server thing a change is about, so a stuck change holds back later ones on it. */
export function targetOf(change: Change): string | null {
  switch (change.kind) {
    case 'edit-entry':
      return `entry:${change.id}`;
    case 'add-photo':
      return `entry:${change.entryId}`;
    case 'edit-task':
      return `task:${change.id}`;
    default:
      return null;
  }
}
