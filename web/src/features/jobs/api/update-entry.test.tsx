import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entryKeys, type JobEntry } from './types';
import { useUpdateEntry } from './update-entry';

const entry = { entry_id: 7, job_name: 'Old name', job_changed_flag: false } as JobEntry;

function setup() {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  client.setQueryData(entryKeys.one(7), entry);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(() => useUpdateEntry(7), { wrapper });
  return { client, update: result.current };
}

afterEach(() => vi.unstubAllGlobals());

describe('useUpdateEntry', () => {
  it('shows the new value at once and keeps the server’s row', async () => {
    let resolve: (r: Response) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((r) => (resolve = r))),
    );
    const { client, update } = setup();
    let done: Promise<unknown> = Promise.resolve();
    await act(async () => {
      done = update({ job_name: 'New name' });
      await Promise.resolve();
    });
    expect(client.getQueryData<JobEntry>(entryKeys.one(7))?.job_name).toBe('New name');
    resolve(
      new Response(JSON.stringify([{ ...entry, job_name: 'New name', job_changed_flag: true }]), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    await act(() => done);
    expect(client.getQueryData<JobEntry>(entryKeys.one(7))?.job_changed_flag).toBe(true);
  });

  it('rolls back when the server refuses', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({ code: '42501', message: "you may not edit another person's entry" }),
            {
              status: 403,
              headers: { 'Content-Type': 'application/json' },
            },
          ),
      ),
    );
    const { client, update } = setup();
    await act(async () => {
      await expect(update({ job_name: 'New name' })).rejects.toMatchObject({ status: 403 });
    });
    expect(client.getQueryData<JobEntry>(entryKeys.one(7))?.job_name).toBe('Old name');
  });
});
