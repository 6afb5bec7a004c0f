import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { forgetOfflineState } from '../offline/sign-out-cleanup';
import { clearOfflineData } from '../pwa/service-worker';
import { fetchMe, login, logout, type Me } from './auth-api';
import { refreshAccessToken } from './authed-fetch';
import { SessionContext, type SessionStatus, type SessionValue } from './session-context';
import { onTokenChange } from './token-store';

/** Restores the session from the refresh cookie on load and tracks sign-in and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [signedOutByUser, setSignedOutByUser] = useState(false);

  const reload = useCallback(async () => {
    try {
      const next = await fetchMe();
      setMe(next);
      setStatus('signed-in');
      return next;
    } catch {
      setMe(null);
      setStatus('signed-out');
      return null;
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const restored = await refreshAccessToken();
      if (cancelled) return;
      if (restored) await reload();
      // Offline, the service worker's last copy of /auth/me opens the app on what this
      // device holds; a token is fetched when the network is back.
      else if (!navigator.onLine) await reload();
      else setStatus('signed-out');
    })();
    return () => {
      cancelled = true;
    };
  }, [reload]);

  // A refresh that fails (session revoked elsewhere, idle too long) does not throw the page
  // away: the session is marked expired, the page stays with whatever was typed, and the
  // person signs in again on top of it.
  useEffect(
    () =>
      onTokenChange((token) => {
        if (token === null) setStatus((current) => (current === 'signed-in' ? 'expired' : current));
      }),
    [],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      await login(email, password);
      setSignedOutByUser(false);
      const next = await fetchMe();
      // Someone else's cached data must go; the same person keeps the page they were on.
      if (next.user_id !== me?.user_id) {
        queryClient.clear();
        clearOfflineData();
      }
      setMe(next);
      setStatus('signed-in');
      return next;
    },
    [queryClient, me?.user_id],
  );

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      await forgetOfflineState();
      queryClient.clear();
      setSignedOutByUser(true);
      setMe(null);
      setStatus('signed-out');
    }
  }, [queryClient]);

  const value = useMemo<SessionValue>(
    () => ({ status, me, signedOutByUser, signIn, signOut, reload }),
    [status, me, signedOutByUser, signIn, signOut, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
