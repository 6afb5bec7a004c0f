import { errors, jwtVerify, SignJWT } from 'jose';
import type { AccessClaims } from './auth-db';
import { AuthError, AuthErrorCode } from './auth-errors';

/** Access tokens live 15 minutes; the refresh cookie gets the next one. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;

const USER_ID = /^[0-9]{1,18}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AccessTokenSubject {
  userId: number | string;
  sessionId: string;
}

export interface TokenKeys {
  jwtKey: Uint8Array;
  audience: string;
}

/** The data API's token: HS256, role `authenticated`, `sub` the user id, `sid` the session. */
export function signAccessToken(keys: TokenKeys, subject: AccessTokenSubject, now: Date) {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ role: 'authenticated', sid: subject.sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(String(subject.userId))
    .setAudience(keys.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_SECONDS)
    .sign(keys.jwtKey);
}

/**
 * Verifies signature (HS256 only, so `alg: none` and algorithm swaps fail), expiry and
 * audience, then the claims Crewlog relies on. Any failure is one answer: 401 token_invalid.
 */
export async function verifyAccessToken(
  keys: TokenKeys,
  token: string,
  now: Date,
): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, keys.jwtKey, {
      algorithms: ['HS256'],
      audience: keys.audience,
      currentDate: now,
      requiredClaims: ['exp', 'sub', 'sid'],
    });
    const { sub, sid, role } = payload;
    if (
      role !== 'authenticated' ||
      !USER_ID.test(sub ?? '') ||
      typeof sid !== 'string' ||
      !UUID.test(sid)
    ) {
      throw new errors.JWTClaimValidationFailed('unexpected claims', payload);
    }
    return { ...payload, sub: sub as string, sid };
  } catch (error) {
    const expired = error instanceof errors.JWTExpired;
    throw new AuthError(
      401,
      AuthErrorCode.tokenInvalid,
      expired ? 'The access token has expired; refresh it.' : 'The access token is not valid.',
      {},
      { 'www-authenticate': `Bearer error="invalid_token"` },
    );
  }
}
