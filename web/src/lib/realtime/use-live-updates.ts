import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { refreshAccessToken } from '../auth/authed-fetch';
import { getAccessToken } from '../auth/token-store';
import { queryKeysForTable } from './query-keys-for-table';

const UNAUTHORIZED = 4401;

/** A change hint as /ws sends it: which row of which API table changed, never its content. */
export interface ChangeHint {
  table: string;
  op: 'INSERT' | 'UPDATE' | 'DELETE';
  id: number | string;
}

type HintListener = (hint: ChangeHint) => void;
const hintListeners = new Set<HintListener>();

/**
 * Hears every change hint as it arrives (for work beyond refreshing queries, such as
 * telling the person about a new row). Returns the unsubscribe function.
 */
export function onChangeHint(listener: HintListener): () => void {
  hintListeners.add(listener);
  return () => {
    hintListeners.delete(listener);
  };
}

function announce(hint: ChangeHint): void {
  for (const listener of hintListeners) {
    try {
      listener(hint);
    } catch {
      // One listener's failure must not stop the others or the socket.
    }
  }
}

/** React form of onChangeHint; the latest listener is used without resubscribing. */
export function useChangeHints(listener: HintListener): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => onChangeHint((hint) => latest.current(hint)), []);
}

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/ws`;
}

/**
 * Keeps the pages live: listens on /ws for change hints and marks the affected queries stale
 * (a burst of hints becomes one refetch). Reconnects with back-off; a refused token is
 * refreshed first. After a reconnect everything is refetched, since hints may have been missed.
 */
export function useLiveUpdates(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof WebSocket === 'undefined') return;
    let socket: WebSocket | null = null;
    let stopped = false;
    let attempt = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    const pending = new Set<string>();

    const flush = () => {
      flushTimer = undefined;
      for (const table of pending) invalidate(queryClient, table);
      pending.clear();
    };

    const connect = () => {
      const token = getAccessToken();
      if (!token) return;
      socket = new WebSocket(socketUrl());
      socket.onopen = () => socket?.send(JSON.stringify({ type: 'auth', token }));
      socket.onmessage = (event) => {
        let message: { type?: string; table?: string; op?: string; id?: number | string };
        try {
          message = JSON.parse(String(event.data));
        } catch {
          return;
        }
        if (message.type === 'ready') {
          if (attempt > 0) void queryClient.invalidateQueries();
          attempt = 0;
        } else if (message.type === 'change' && message.table) {
          pending.add(message.table);
          flushTimer ??= setTimeout(flush, 250);
          if (isHint(message)) announce({ table: message.table, op: message.op, id: message.id });
        }
      };
      socket.onclose = async (event) => {
        socket = null;
        if (stopped) return;
        attempt += 1;
        if (event.code === UNAUTHORIZED && !(await refreshAccessToken())) return;
        const delay = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));
        retryTimer = setTimeout(connect, delay);
      };
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(flushTimer);
      socket?.close();
    };
  }, [enabled, queryClient]);
}

function isHint(message: { table?: string; op?: string; id?: unknown }): message is ChangeHint {
  return (
    typeof message.table === 'string' &&
    (message.op === 'INSERT' || message.op === 'UPDATE' || message.op === 'DELETE') &&
    (typeof message.id === 'number' || typeof message.id === 'string')
  );
}

function invalidate(queryClient: QueryClient, table: string): void {
  for (const key of queryKeysForTable(table)) void queryClient.invalidateQueries({ queryKey: key });
}
