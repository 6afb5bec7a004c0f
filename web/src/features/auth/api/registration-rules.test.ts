import { describe, expect, it } from 'vitest';
import { checkRegistration, serverFieldMessage } from './registration-rules';

const good = {
  name: 'Dana Field',
  alias: 'dana',
  email: 'dana@example.com',
  password: 'long enough',
  password_confirm: 'long enough',
  agree_terms: true,
};

describe('registration rules', () => {
  it('accepts a complete form', () => {
    expect(Object.values(checkRegistration(good)).every((v) => v === null)).toBe(true);
  });
  it('names each problem', () => {
    const result = checkRegistration({
      ...good,
      password: 'short',
      password_confirm: 'other',
      agree_terms: false,
    });
    expect(result.password).toMatch(/8 characters/);
    expect(result.password_confirm).toMatch(/do not match/);
    expect(result.agree_terms).toMatch(/agree/);
    expect(checkRegistration({ ...good, email: 'nope' }).email).toMatch(/email/);
  });
  it('words server codes', () => {
    expect(serverFieldMessage('email', 'email_taken')).toMatch(/already registered/);
    expect(serverFieldMessage('alias', 'alias_taken')).toMatch(/alias is taken/);
  });
});
