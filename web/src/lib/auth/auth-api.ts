import { errorFromResponse } from '../api-error';
import { authedFetch } from './authed-fetch';
import { setAccessToken } from './token-store';

/** The signed-in person as /auth/me describes them. */
export interface Me {
  user_id: number;
  name: string;
  alias: string;
  email: string;
  user_is_admin: boolean;
  user_is_manager: boolean;
  /** True when the site's terms changed since this person last agreed. */
  terms_required: boolean;
  terms_version?: string | null;
}

export interface AuthSession {
  session_id: string;
  device_info: string | null;
  ip_address: string | null;
  issued_at: string;
  last_accessed_at: string | null;
  expires_at: string;
  is_current: boolean;
}

export interface RegisterInput {
  name: string;
  alias: string;
  email: string;
  password: string;
  password_confirm: string;
  agree_terms: boolean;
}

async function call<T>(path: string, init?: RequestInit & { json?: unknown }): Promise<T> {
  const headers = new Headers(init?.headers);
  let body = init?.body;
  if (init?.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(init.json);
  }
  const response = await authedFetch(path, { ...init, headers, body: body ?? null });
  if (!response.ok) throw await errorFromResponse(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

function deviceInfo(): string {
  const ua = navigator.userAgent;
  const browser = /Firefox\//.test(ua)
    ? 'Firefox'
    : /Edg\//.test(ua)
      ? 'Edge'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'Browser';
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : 'unknown system';
  return `${browser} on ${os}`;
}

export async function login(email: string, password: string): Promise<void> {
  const body = await call<{ access_token: string; expires_in?: number }>('/auth/login', {
    method: 'POST',
    json: { email, password, device_info: deviceInfo() },
  });
  setAccessToken(body.access_token, body.expires_in);
}

export async function logout(): Promise<void> {
  try {
    await call('/auth/logout', { method: 'POST' });
  } finally {
    setAccessToken(null);
  }
}

/** /auth/me, normalised: the server may wrap the user or name the terms flag differently. */
export async function fetchMe(): Promise<Me> {
  const raw = await call<Record<string, unknown>>('/auth/me');
  const user = (raw.user && typeof raw.user === 'object' ? raw.user : raw) as Record<
    string,
    unknown
  >;
  const termsRequired = Boolean(
    raw.terms_required ?? raw.must_agree_terms ?? raw.needs_terms ?? user.terms_required ?? false,
  );
  return {
    user_id: Number(user.user_id ?? user.id),
    name: String(user.name ?? ''),
    alias: String(user.alias ?? ''),
    email: String(user.email ?? ''),
    user_is_admin: Boolean(user.user_is_admin),
    user_is_manager: Boolean(user.user_is_manager),
    terms_required: termsRequired,
    terms_version: (raw.terms_version ?? user.terms_version ?? null) as string | null,
  };
}

export function register(input: RegisterInput): Promise<unknown> {
  return call('/auth/register', { method: 'POST', json: input });
}

export function verifyEmail(token: string): Promise<unknown> {
  return call(`/auth/verify?token=${encodeURIComponent(token)}`, {
    headers: { Accept: 'application/json' },
  });
}

export function agreeToTerms(): Promise<unknown> {
  return call('/auth/terms', { method: 'POST', json: { agree_terms: true } });
}

export async function listSessions(): Promise<AuthSession[]> {
  const raw = await call<AuthSession[] | { sessions: AuthSession[] }>('/auth/sessions');
  return Array.isArray(raw) ? raw : raw.sessions;
}

export function revokeSession(sessionId: string): Promise<unknown> {
  return call(`/auth/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' });
}
