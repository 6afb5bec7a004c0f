import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/config';

/** Sent only to /auth, never to the data API or pages, and never readable by scripts. */
export const REFRESH_COOKIE = 'crewlog_refresh';
const COOKIE_PATH = '/auth';
/** The idle timeout: a browser may forget the cookie when the session would expire anyway. */
const COOKIE_MAX_AGE_SECONDS = 24 * 60 * 60;

export function setRefreshCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(REFRESH_COOKIE, token, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    // Over HTTPS, directly or per a trusted proxy's X-Forwarded-Proto, and always in production.
    secure: config.isProduction || reply.request.protocol === 'https',
    maxAge: COOKIE_MAX_AGE_SECONDS,
  });
}

export function clearRefreshCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(REFRESH_COOKIE, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: config.isProduction || reply.request.protocol === 'https',
  });
}

export function readRefreshCookie(request: FastifyRequest): string | undefined {
  const value = request.cookies[REFRESH_COOKIE];
  return value && value.length <= 256 ? value : undefined;
}
