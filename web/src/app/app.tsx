import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { Toaster } from '../components/ui/toaster/toaster';
import { ApiError } from '../lib/api-error';
import { SessionProvider } from '../lib/auth/session-provider';
import { createRouter } from './router';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // A refused request (4xx) will be refused again; only retry what may be transient.
        retry: (failures, error) =>
          failures < 2 && !(error instanceof ApiError && error.status < 500),
        refetchOnWindowFocus: true,
        // Offline, the service worker answers with the last copy: ask it instead of pausing.
        networkMode: 'offlineFirst',
      },
      // Saves made offline go to the outbox inside the mutation, so they must run.
      mutations: { networkMode: 'offlineFirst' },
    },
  });
}

export function App() {
  const [queryClient] = useState(makeQueryClient);
  const [router] = useState(createRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <Toaster>
          <RouterProvider router={router} />
        </Toaster>
      </SessionProvider>
    </QueryClientProvider>
  );
}
