import { SignJWT } from 'jose';
import { TEST_JWT_SECRET } from './test-app';

/** An access token as the auth server issues it (no session claim: no session to check). */
export async function accessToken(userId: number, audience = 'crewlog'): Promise<string> {
  return new SignJWT({ role: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(userId))
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('15m')
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

export async function bearer(userId: number): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await accessToken(userId)}` };
}
