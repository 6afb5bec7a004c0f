import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { Link } from 'react-router';
import { ApiError } from '../../../lib/api-error';
import { register } from '../../../lib/auth/auth-api';
import { describeError } from '../../../lib/describe-error';
import {
  checkRegistration,
  type RegistrationDraft,
  type RegistrationField,
  serverFieldMessage,
} from '../api/registration-rules';

const EMPTY: RegistrationDraft = {
  name: '',
  alias: '',
  email: '',
  password: '',
  password_confirm: '',
  agree_terms: false,
};

const TEXT_FIELDS: {
  field: Exclude<RegistrationField, 'agree_terms'>;
  label: string;
  type: string;
  auto: string;
}[] = [
  { field: 'name', label: 'Full name', type: 'text', auto: 'name' },
  { field: 'alias', label: 'Alias (shown to your team)', type: 'text', auto: 'username' },
  { field: 'email', label: 'Email', type: 'email', auto: 'email' },
  {
    field: 'password',
    label: 'Password (at least 8 characters)',
    type: 'password',
    auto: 'new-password',
  },
  { field: 'password_confirm', label: 'Password again', type: 'password', auto: 'new-password' },
];

/**
 * Registration with a live indicator per field: a field shows its state once it has been
 * left (or the form submitted), so nobody is scolded for a half-typed address.
 */
export function RegisterForm({ onRegistered }: { onRegistered: (email: string) => void }) {
  const [draft, setDraft] = useState<RegistrationDraft>(EMPTY);
  const [touched, setTouched] = useState<Partial<Record<RegistrationField, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<string, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const problems = checkRegistration(draft);

  const update = <K extends RegistrationField>(field: K, value: RegistrationDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServerErrors((e) => ({ ...e, [field]: undefined }));
  };
  const problemOf = (field: RegistrationField) => serverErrors[field] ?? problems[field];
  const show = (field: RegistrationField) => Boolean(touched[field]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTouched({
      name: true,
      alias: true,
      email: true,
      password: true,
      password_confirm: true,
      agree_terms: true,
    });
    setFormError(null);
    if (Object.values(problems).some((p) => p !== null)) return;
    setSubmitting(true);
    try {
      await register({
        ...draft,
        name: draft.name.trim(),
        alias: draft.alias.trim(),
        email: draft.email.trim(),
      });
      onRegistered(draft.email.trim());
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        const mapped: Record<string, string> = {};
        for (const [field, code] of Object.entries(error.fields))
          mapped[field] = serverFieldMessage(field, code);
        setServerErrors(mapped);
        setFormError('Please fix the fields marked below.');
      } else {
        setFormError(describeError(error));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form noValidate onSubmit={submit} aria-describedby={formError ? 'register-error' : undefined}>
      {formError && (
        <Alert variant="danger" id="register-error" role="alert">
          {formError}
        </Alert>
      )}
      {TEXT_FIELDS.map(({ field, label, type, auto }) => {
        const problem = problemOf(field);
        const visible = show(field);
        return (
          <Form.Group className="mb-3" controlId={`register-${field}`} key={field}>
            <Form.Label>{label}</Form.Label>
            <Form.Control
              type={type}
              autoComplete={auto}
              value={draft[field]}
              required
              isInvalid={visible && problem !== null}
              aria-invalid={visible && problem !== null}
              isValid={visible && problem === null}
              aria-describedby={`register-${field}-state`}
              onChange={(e) => update(field, e.target.value)}
              onBlur={() => setTouched((t) => ({ ...t, [field]: true }))}
            />
            <div
              id={`register-${field}-state`}
              className={`validity d-block ${visible ? (problem ? 'invalid-feedback' : 'valid-feedback') : ''}`}
              aria-live="polite"
            >
              {visible ? (problem ?? 'Looks good.') : ''}
            </div>
          </Form.Group>
        );
      })}
      <Form.Group className="mb-3" controlId="register-agree_terms">
        <Form.Check
          type="checkbox"
          checked={draft.agree_terms}
          isInvalid={show('agree_terms') && problemOf('agree_terms') !== null}
          aria-describedby="register-agree_terms-state"
          onChange={(e) => {
            update('agree_terms', e.target.checked);
            setTouched((t) => ({ ...t, agree_terms: true }));
          }}
          label={
            <>
              I agree to the{' '}
              <Link to="/terms" target="_blank" rel="noopener">
                terms and conditions (opens in a new tab)
              </Link>
            </>
          }
        />
        <div
          id="register-agree_terms-state"
          className={`validity d-block ${show('agree_terms') && problemOf('agree_terms') ? 'invalid-feedback' : ''}`}
          aria-live="polite"
        >
          {show('agree_terms') ? (problemOf('agree_terms') ?? '') : ''}
        </div>
      </Form.Group>
      <Button type="submit" disabled={submitting} className="w-100">
        {submitting ? 'Creating your account…' : 'Create account'}
      </Button>
    </Form>
  );
}
