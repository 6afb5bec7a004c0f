import { createHash, randomBytes } from 'node:crypto';

/** An opaque bearer secret (refresh, verification and reset tokens): 256 random bits. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database stores instead of the token. The tokens are random, not chosen by
 * people, so a fast hash is enough; a stolen table holds nothing that can be presented.
 */
export function hashSecretToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
