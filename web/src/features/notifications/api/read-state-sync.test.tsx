import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { notificationKeys } from './notifications';
import { announceReadStateChange, useReadStateSync } from './read-state-sync';

describe('read state between tabs', () => {
  it('marks my notifications stale when another tab changed them', async () => {
    const client = new QueryClient();
    client.setQueryData(notificationKeys.unread(), 3);
    client.setQueryData(['jobs'], []);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const view = renderHook(() => useReadStateSync(true), { wrapper });
    expect(client.getQueryState(notificationKeys.unread())?.isInvalidated).toBe(false);
    announceReadStateChange();
    await waitFor(() =>
      expect(client.getQueryState(notificationKeys.unread())?.isInvalidated).toBe(true),
    );
    expect(client.getQueryState(['jobs'])?.isInvalidated).toBe(false);
    view.unmount();
  });
});
