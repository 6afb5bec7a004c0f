/**
 * Registration's input rules that only the server can check (the password never reaches
 * the database; email syntax is a form rule). Taken emails and aliases, and the alias
 * format, are the database's to say (app.auth_registration_conflicts).
 *
 * Per-field codes, stable for the web form: name_required, name_too_long, alias_required,
 * alias_invalid, alias_taken, email_required, email_invalid, email_taken,
 * password_required, password_too_short, password_too_long, password_mismatch,
 * terms_not_agreed.
 */
export interface RegistrationInput {
  name?: string | undefined;
  alias?: string | undefined;
  email?: string | undefined;
  password?: string | undefined;
  password_confirm?: string | undefined;
  agree_terms?: boolean | undefined;
}

export type FieldErrors = Record<string, string>;

export const MIN_PASSWORD_LENGTH = 8;
/** argon2 accepts more, but nobody types this much and it bounds the work per request. */
export const MAX_PASSWORD_LENGTH = 1024;
const MAX_NAME_LENGTH = 200;
// Deliberately simple: one @, something on each side, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

export function checkRegistration(input: RegistrationInput): FieldErrors {
  const errors: FieldErrors = {};
  const name = input.name?.trim() ?? '';
  if (!name) errors.name = 'name_required';
  else if (name.length > MAX_NAME_LENGTH) errors.name = 'name_too_long';
  if (!input.alias?.trim()) errors.alias = 'alias_required';
  const email = input.email?.trim() ?? '';
  if (!email) errors.email = 'email_required';
  else if (email.length > 254 || !EMAIL.test(email)) errors.email = 'email_invalid';
  const password = input.password ?? '';
  if (!password) errors.password = 'password_required';
  else if (password.length < MIN_PASSWORD_LENGTH) errors.password = 'password_too_short';
  else if (password.length > MAX_PASSWORD_LENGTH) errors.password = 'password_too_long';
  if (password && input.password_confirm !== password)
    errors.password_confirm = 'password_mismatch';
  if (input.agree_terms !== true) errors.agree_terms = 'terms_not_agreed';
  return errors;
}

/** The same password rules for a password change or reset, under the given field name. */
export function checkNewPassword(
  password: string,
  confirmation: string | undefined,
  field = 'password',
): FieldErrors {
  const errors = checkRegistration({
    name: 'x',
    alias: 'x',
    email: 'x@example.com',
    password,
    password_confirm: confirmation,
    agree_terms: true,
  });
  const out: FieldErrors = {};
  if (errors.password) out[field] = errors.password;
  if (errors.password_confirm) out[`${field}_confirm`] = errors.password_confirm;
  return out;
}
