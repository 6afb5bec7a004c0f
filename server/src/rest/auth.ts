import { errors, jwtVerify } from 'jose';
import { ApiError } from './api-error';

export interface AuthConfig {
  secret: Uint8Array;
  audience?: string | undefined;
  anonRole: string;
}

export interface Identity {
  role: string;
  claims: Record<string, unknown>;
}

function unauthorized(code: string, message: string): ApiError {
  return new ApiError(401, code, message, null, null, {
    'WWW-Authenticate': `Bearer error="invalid_token", error_description="${message}"`,
  });
}

/**
 * The JWT of `Authorization: Bearer …` (HS256 only; exp, nbf and, when configured, aud
 * checked), or the anonymous role without a token. The `role` claim picks the database
 * role; a token without one runs as the anonymous role with its claims.
 */
export async function authenticate(
  authorization: string | undefined,
  config: AuthConfig,
  cache?: TokenCache,
): Promise<Identity> {
  if (!authorization) return { role: config.anonRole, claims: {} };
  const match = /^Bearer\s+(\S*)\s*$/i.exec(authorization);
  if (!match) return { role: config.anonRole, claims: {} };
  const token = match[1] ?? '';
  const cached = cache?.get(token);
  if (cached) return cached;
  const parts = token.split('.').length;
  if (parts !== 3) throw unauthorized('PGRST301', `Expected 3 parts in JWT; got ${parts}`);
  let claims: Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(token, config.secret, {
      algorithms: ['HS256'],
      clockTolerance: 30,
    }));
  } catch (error) {
    throw jwtError(error);
  }
  if (config.audience !== undefined && claims.aud !== undefined) {
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.includes(config.audience)) throw unauthorized('PGRST303', 'JWT not in audience');
  }
  const role = claims.role;
  if (role !== undefined && (typeof role !== 'string' || role === '')) {
    throw unauthorized('PGRST303', 'JWT role claim must be a non-empty string');
  }
  const identity = { role: role ?? config.anonRole, claims };
  cache?.set(token, identity);
  return identity;
}

/**
 * Verified tokens, so a client sending the same token again skips the HMAC and the JSON
 * parsing. An entry is used only while its `exp` and `nbf` still allow it; the cache is
 * bounded and simply emptied when full.
 */
export class TokenCache {
  private readonly entries = new Map<string, Identity>();
  constructor(private readonly maxEntries = 1000) {}

  get(token: string): Identity | undefined {
    const identity = this.entries.get(token);
    if (!identity) return undefined;
    const now = Date.now() / 1000;
    const { exp, nbf } = identity.claims;
    if ((typeof exp === 'number' && exp <= now) || (typeof nbf === 'number' && nbf > now + 30)) {
      this.entries.delete(token);
      return undefined;
    }
    return identity;
  }

  set(token: string, identity: Identity): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(token, identity);
  }
}

function jwtError(error: unknown): ApiError {
  if (error instanceof errors.JWTExpired) return unauthorized('PGRST303', 'JWT expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return unauthorized(
      'PGRST303',
      error.claim === 'nbf' ? 'JWT not yet valid' : 'JWT claims invalid',
    );
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return unauthorized('PGRST301', 'Wrong or unsupported encoding algorithm');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return unauthorized('PGRST301', 'JWT cryptographic operation failed');
  }
  return unauthorized('PGRST301', 'JWT could not be decoded');
}
