import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { authenticate } from './auth';

const secret = new TextEncoder().encode('unit-test-secret-unit-test-secret-0123');
const config = { secret, anonRole: 'anon', audience: 'crewlog' };
const sign = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);
const failure = async (header: string) => {
  try {
    await authenticate(header, config);
  } catch (error) {
    return error as { status: number; body: { code: string; message: string } };
  }
  throw new Error('expected a failure');
};

describe('authenticate', () => {
  it('is anonymous without a bearer token', async () => {
    expect(await authenticate(undefined, config)).toEqual({ role: 'anon', claims: {} });
    expect(await authenticate('Basic abc', config)).toEqual({ role: 'anon', claims: {} });
  });

  it('takes the role claim and keeps all claims', async () => {
    const identity = await authenticate(
      `Bearer ${await sign({ role: 'authenticated', sub: 'u1', aud: ['x', 'crewlog'] })}`,
      config,
    );
    expect(identity.role).toBe('authenticated');
    expect(identity.claims).toMatchObject({ sub: 'u1' });
    expect((await authenticate(`Bearer ${await sign({ sub: 'u1' })}`, config)).role).toBe('anon');
  });

  it('rejects bad role claims, audiences and algorithms', async () => {
    expect((await failure(`Bearer ${await sign({ role: 5 })}`)).body.code).toBe('PGRST303');
    expect(
      (await failure(`Bearer ${await sign({ role: 'a', aud: 'elsewhere' })}`)).body.message,
    ).toBe('JWT not in audience');
    const hs512 = await new SignJWT({ role: 'a' })
      .setProtectedHeader({ alg: 'HS512' })
      .sign(secret);
    expect((await failure(`Bearer ${hs512}`)).body.message).toBe(
      'Wrong or unsupported encoding algorithm',
    );
    expect((await failure('Bearer a.b.c')).status).toBe(401);
  });
});
