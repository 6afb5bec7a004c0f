import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../auth/token-store';
import { fakeLiveSocket } from './testing/fake-live-socket';
import { type ChangeHint, onChangeHint, useLiveUpdates } from './use-live-updates';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(null);
});

function start() {
  const socket = fakeLiveSocket();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
  );
  const view = renderHook(() => useLiveUpdates(true), { wrapper });
  return { ...socket, view };
}

describe('change hints', () => {
  it('reach listeners as they arrive, and malformed ones do not', () => {
    const { latest, view } = start();
    const heard: ChangeHint[] = [];
    const stop = onChangeHint((hint) => heard.push(hint));
    latest().receive({ type: 'change', table: 'notifications', op: 'INSERT', id: 4 });
    latest().receive({ type: 'change', table: 'alerts', op: 'EXPLODE', id: 5 });
    latest().receive({ type: 'change', table: 'alerts', op: 'UPDATE', id: { a: 1 } });
    latest().receive('not json');
    stop();
    latest().receive({ type: 'change', table: 'alerts', op: 'INSERT', id: 6 });
    expect(heard).toEqual([{ table: 'notifications', op: 'INSERT', id: 4 }]);
    view.unmount();
  });

  it('keep reaching other listeners when one throws', () => {
    const { latest, view } = start();
    const heard: number[] = [];
    const stopBad = onChangeHint(() => {
      throw new Error('broken listener');
    });
    const stopGood = onChangeHint((hint) => heard.push(Number(hint.id)));
    latest().receive({ type: 'change', table: 'alerts', op: 'INSERT', id: 9 });
    stopBad();
    stopGood();
    expect(heard).toEqual([9]);
    view.unmount();
  });
});
