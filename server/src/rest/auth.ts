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
): Promise<Identity> {
  if (!authorization) return { role: config.anonRole, claims: {} };
  const match = /^Bearer\s+(\S*)\s*$/i.exec(authorization);
  if (!match) return { role: config.anonRole, claims: {} };
  const token = match[1] ?? '';
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
  return { role: role ?? config.anonRole, claims };
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
