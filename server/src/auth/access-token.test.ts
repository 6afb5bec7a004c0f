import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from './access-token';

const keys = { jwtKey: new TextEncoder().encode('k'.repeat(40)), audience: 'crewlog' };
const sid = '2f1c7d3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f';

describe('access tokens', () => {
  it('carry role, sub, sid and aud and expire after 15 minutes', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const token = await signAccessToken(keys, { userId: 42, sessionId: sid }, now);
    expect(decodeJwt(token)).toMatchObject({
      role: 'authenticated',
      sub: '42',
      sid,
      aud: 'crewlog',
    });
    await expect(
      verifyAccessToken(keys, token, new Date(now.getTime() + 14 * 60_000)),
    ).resolves.toMatchObject({ sub: '42' });
    await expect(
      verifyAccessToken(keys, token, new Date(now.getTime() + 16 * 60_000)),
    ).rejects.toMatchObject({
      code: 'token_invalid',
    });
  });

  it('refuse garbage', async () => {
    await expect(verifyAccessToken(keys, 'a.b.c', new Date())).rejects.toMatchObject({
      statusCode: 401,
    });
  });
});
