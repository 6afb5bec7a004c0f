/** The registration rules, checked as the person types (the server checks them again). */
export interface RegistrationDraft {
  name: string;
  alias: string;
  email: string;
  password: string;
  password_confirm: string;
  agree_terms: boolean;
}

export type RegistrationField = keyof RegistrationDraft;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// The database's rule for aliases.
const ALIAS = /^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/;

/** Each field's problem, or null when it is fine. */
export function checkRegistration(
  draft: RegistrationDraft,
): Record<RegistrationField, string | null> {
  return {
    name: draft.name.trim().length === 0 ? 'Enter your name.' : null,
    alias:
      draft.alias.trim().length === 0
        ? 'Choose an alias your team will see.'
        : ALIAS.test(draft.alias.trim())
          ? null
          : 'Use 2–32 letters, digits, dots, dashes or underscores, starting with a letter or digit.',
    email: EMAIL.test(draft.email.trim()) ? null : 'Enter an email address like name@example.com.',
    password: draft.password.length >= 8 ? null : 'Use at least 8 characters.',
    password_confirm:
      draft.password_confirm.length === 0
        ? 'Type the password again.'
        : draft.password_confirm === draft.password
          ? null
          : 'The passwords do not match.',
    agree_terms: draft.agree_terms ? null : 'You must agree to the terms to register.',
  };
}

const SERVER_MESSAGES: Record<string, string> = {
  name_required: 'Enter your name.',
  name_too_long: 'This name is too long (200 characters at most).',
  alias_required: 'Choose an alias your team will see.',
  alias_invalid:
    'Use 2–32 letters, digits, dots, dashes or underscores, starting with a letter or digit.',
  alias_taken: 'This alias is taken. Try another.',
  email_required: 'Enter your email address.',
  email_invalid: 'Enter an email address like name@example.com.',
  email_taken: 'This email is already registered. Sign in instead.',
  password_required: 'Choose a password.',
  password_too_short: 'Use at least 8 characters.',
  password_too_long: 'This password is too long.',
  password_mismatch: 'The passwords do not match.',
  terms_not_agreed: 'You must agree to the terms to register.',
};

/** Words for the server's per-field error codes (see the auth server's register rules). */
export function serverFieldMessage(field: string, code: string): string {
  const known = SERVER_MESSAGES[code];
  if (known) return known;
  const c = code.toLowerCase();
  if (c.includes('taken') || c.includes('exists')) {
    return field === 'email'
      ? 'This email is already registered. Sign in instead.'
      : 'This is taken.';
  }
  return 'This does not look right.';
}
