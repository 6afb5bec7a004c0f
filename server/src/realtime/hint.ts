/** A change hint as the database announces it on `crewlog_events` (see app.notify_change). */
export interface Hint {
  /** The table's api name. */
  table: string;
  op: 'INSERT' | 'UPDATE' | 'DELETE';
  /** The row's primary key as the trigger wrote it: a number, or a string (uuid, text key). */
  id: number | string;
}

const OPS = new Set(['INSERT', 'UPDATE', 'DELETE']);

/**
 * Reads a NOTIFY payload. The routing facts it may also carry are ignored on purpose:
 * who may see a row is decided by reading it under each subscriber's role.
 */
export function parseHint(payload: string | undefined): Hint | undefined {
  if (!payload) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { table, op, id } = value as Record<string, unknown>;
  if (typeof table !== 'string' || typeof op !== 'string' || !OPS.has(op)) return undefined;
  if (typeof id !== 'number' && typeof id !== 'string') return undefined;
  return { table, op: op as Hint['op'], id };
}

/** What a socket receives: ids only, never the row. */
export function hintMessage(hint: Hint): string {
  return JSON.stringify({ type: 'change', table: hint.table, op: hint.op, id: hint.id });
}
