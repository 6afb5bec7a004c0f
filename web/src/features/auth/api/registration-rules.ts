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
const ALIAS = /^[A-Za-z0-9._-]{2,32}$/;

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
          : 'Use 2–32 letters, digits, dots, dashes or underscores.',
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

/** Words for the server's per-field error codes. */
export function serverFieldMessage(field: string, code: string): string {
  const c = code.toLowerCase();
  if (c.includes('taken') || c.includes('exists') || c.includes('unique') || c.includes('in_use')) {
    return field === 'email'
      ? 'This email is already registered. Sign in instead.'
      : 'This alias is taken.';
  }
  if (c.includes('short') || c.includes('min')) return 'This is too short.';
  if (c.includes('long') || c.includes('max')) return 'This is too long.';
  if (c.includes('mismatch') || c.includes('match')) return 'The passwords do not match.';
  if (c.includes('required') || c.includes('missing')) return 'This is required.';
  if (c.includes('terms')) return 'You must agree to the terms to register.';
  if (c.includes('invalid') || c.includes('format')) return 'This does not look right.';
  return code.replace(/_/g, ' ');
}
