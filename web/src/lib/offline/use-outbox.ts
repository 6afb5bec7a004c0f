import { useContext, useMemo, useSyncExternalStore } from 'react';
import { SessionContext } from '../auth/session-context';
import { getOutbox } from './outbox-instance';
import type { Change, EditChange, OutboxItem } from './outbox-types';

const EMPTY: readonly OutboxItem[] = [];

/** The signed-in person's queued changes, oldest first; updates as they are sent. */
export function useOutboxItems(): readonly OutboxItem[] {
  const outbox = getOutbox();
  const all = useSyncExternalStore(outbox.subscribe, outbox.snapshot, () => EMPTY);
  // Read softly: parts of the app render outside a session (tests, public pages).
  const userId = useContext(SessionContext)?.me?.user_id ?? null;
  return useMemo(() => all.filter((item) => item.userId === userId), [all, userId]);
}

/** Queued changes of one kind, e.g. the new jobs waiting to be sent. */
export function useQueued<K extends Change['kind']>(kind: K) {
  const items = useOutboxItems();
  return useMemo(
    () =>
      items.flatMap((item) =>
        item.change.kind === kind
          ? [{ item, change: item.change as Extract<Change, { kind: K }> }]
          : [],
      ),
    [items, kind],
  );
}

/**
 * What this device still holds for one job or task: its fields as edited here (to show over
 * the server's copy) and the items, for a "waiting to sync" mark.
 */
export function usePendingEdits(kind: EditChange['kind'], id: number) {
  const edits = useQueued(kind);
  return useMemo(() => {
    const mine = edits.filter(({ change }) => change.id === id);
    const patch = Object.assign({}, ...mine.map(({ change }) => change.patch)) as Record<
      string,
      unknown
    >;
    return { items: mine.map(({ item }) => item), patch };
  }, [edits, id]);
}

/** The words lists show for a queued change. */
export function stateLabel(item: OutboxItem, sending: boolean): string {
  if (sending) return 'Sending…';
  if (item.state === 'conflict') return 'Changed elsewhere — choose';
  if (item.state === 'refused') return 'Not accepted';
  return 'Waiting to sync';
}

/** The edits of one kind still on this device, by the id of what they change. */
export function usePendingEditsById(kind: EditChange['kind']) {
  const edits = useQueued(kind);
  return useMemo(() => {
    const byId = new Map<number, { item: OutboxItem; patch: Record<string, unknown> }>();
    for (const { item, change } of edits) {
      const known = byId.get(change.id);
      byId.set(change.id, {
        item: known?.item ?? item,
        patch: { ...known?.patch, ...change.patch },
      });
    }
    return byId;
  }, [edits]);
}
