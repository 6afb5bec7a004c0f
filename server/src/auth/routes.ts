import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AuthDeps } from './auth-deps';
import type { GuardName } from './guards';
import { login, loginBody } from './login';
import { logout } from './logout';
import { me } from './me';
import { oauthParams, startOAuth } from './oauth';
import { changePassword, passwordChangeBody } from './password-change';
import {
  confirmPasswordReset,
  requestPasswordReset,
  resetConfirmBody,
  resetRequestBody,
} from './password-reset';
import { perHour, perMinute, type RouteRateLimit } from './rate-limit';
import { refresh } from './refresh';
import { register, registerBody } from './register';
import { listSessions, listSessionsQuery, revokeSession, sessionParams } from './sessions';
import { agreeToTerms, termsBody } from './terms';
import { verifyEmail, verifyQuery } from './verify-email';

export type AuthHandler = (
  deps: AuthDeps,
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<unknown>;

export interface AuthRoute {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  /** Run in order before the handler: `same-origin` (CSRF) and/or `bearer` (access token). */
  guards: GuardName[];
  /** Requests per client address. Login is further guarded by the database's lock-out. */
  rateLimit: RouteRateLimit;
  body?: z.ZodType;
  querystring?: z.ZodType;
  params?: z.ZodType;
  handler: AuthHandler;
}

/**
 * Every /auth route, its guards and its rate limit: read top to bottom, this is the
 * security specification of the auth server.
 */
export const authRoutes: readonly AuthRoute[] = [
  // Anyone. Account creation and the email link.
  {
    method: 'POST',
    url: '/auth/register',
    guards: [],
    rateLimit: perHour(30),
    body: registerBody,
    handler: register,
  },
  {
    method: 'GET',
    url: '/auth/verify',
    guards: [],
    rateLimit: perMinute(20),
    querystring: verifyQuery,
    handler: verifyEmail,
  },

  // Anyone. Login: plus 5 failures/5 min per email and AUTH_IP_LOCK_THRESHOLD per address (SQL).
  {
    method: 'POST',
    url: '/auth/login',
    guards: [],
    rateLimit: perMinute(60),
    body: loginBody,
    handler: login,
  },

  // The refresh cookie is the credential: only this site may send these (CSRF).
  {
    method: 'POST',
    url: '/auth/refresh',
    guards: ['same-origin'],
    rateLimit: perMinute(60),
    handler: refresh,
  },
  {
    method: 'POST',
    url: '/auth/logout',
    guards: ['same-origin'],
    rateLimit: perMinute(60),
    handler: logout,
  },

  // Signed in (access token); row level security decides the rest.
  { method: 'GET', url: '/auth/me', guards: ['bearer'], rateLimit: perMinute(120), handler: me },
  {
    method: 'POST',
    url: '/auth/terms',
    guards: ['bearer'],
    rateLimit: perMinute(20),
    body: termsBody,
    handler: agreeToTerms,
  },
  {
    method: 'GET',
    url: '/auth/sessions',
    guards: ['bearer'],
    rateLimit: perMinute(60),
    querystring: listSessionsQuery,
    handler: listSessions,
  },
  {
    method: 'DELETE',
    url: '/auth/sessions/:id',
    guards: ['bearer'],
    rateLimit: perMinute(30),
    params: sessionParams,
    handler: revokeSession,
  },
  {
    method: 'POST',
    url: '/auth/password',
    guards: ['bearer'],
    rateLimit: perMinute(10),
    body: passwordChangeBody,
    handler: changePassword,
  },

  // Anyone. Password reset by a mailed one-time link.
  {
    method: 'POST',
    url: '/auth/password-reset',
    guards: [],
    rateLimit: perHour(10),
    body: resetRequestBody,
    handler: requestPasswordReset,
  },
  {
    method: 'POST',
    url: '/auth/password-reset/confirm',
    guards: [],
    rateLimit: perHour(20),
    body: resetConfirmBody,
    handler: confirmPasswordReset,
  },

  // Anyone. Outside identity providers: 501 until one is configured.
  {
    method: 'GET',
    url: '/auth/oauth/:provider',
    guards: [],
    rateLimit: perMinute(20),
    params: oauthParams,
    handler: startOAuth,
  },
];
