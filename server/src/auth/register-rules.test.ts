import { describe, expect, it } from 'vitest';
import { checkNewPassword, checkRegistration } from './register-rules';

const valid = {
  name: 'Lee',
  alias: 'lee',
  email: 'lee@example.com',
  password: '12345678',
  password_confirm: '12345678',
  agree_terms: true,
};

describe('checkRegistration', () => {
  it('accepts a complete, valid form', () => {
    expect(checkRegistration(valid)).toEqual({});
  });

  it.each([
    [{ name: '  ' }, { name: 'name_required' }],
    [{ email: 'a@b' }, { email: 'email_invalid' }],
    [{ email: 'a b@c.de' }, { email: 'email_invalid' }],
    [{ password: '1234567', password_confirm: '1234567' }, { password: 'password_too_short' }],
    [{ password_confirm: '87654321' }, { password_confirm: 'password_mismatch' }],
    [{ agree_terms: false }, { agree_terms: 'terms_not_agreed' }],
    [{ alias: '' }, { alias: 'alias_required' }],
  ])('%j → %j', (change, errors) => {
    expect(checkRegistration({ ...valid, ...change })).toEqual(errors);
  });
});

describe('checkNewPassword', () => {
  it('names the fields after the form', () => {
    expect(checkNewPassword('short', 'other', 'new_password')).toEqual({
      new_password: 'password_too_short',
      new_password_confirm: 'password_mismatch',
    });
    expect(checkNewPassword('long enough', 'long enough')).toEqual({});
  });
});
