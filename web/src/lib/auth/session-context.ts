import { createContext, useContext } from 'react';
import type { Me } from './auth-api';

/** `expired`: was signed in, the session ended without a sign-out (the page is kept). */
export type SessionStatus = 'loading' | 'signed-out' | 'signed-in' | 'expired';

export interface SessionValue {
  status: SessionStatus;
  me: Me | null;
  /** True after this person signed out here (not when a session merely expired). */
  signedOutByUser: boolean;
  signIn(email: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  /** Re-reads /auth/me (after agreeing to the terms, for example). */
  reload(): Promise<Me | null>;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
