import { useEffect, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { ApiError } from '../../../lib/api-error';
import { describeError, formatWait } from '../../../lib/describe-error';

function loginProblem(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401)
      return 'The email or password is not right. Check them and try again.';
    if (error.status === 403 && /verif/i.test(`${error.code} ${error.message}`)) {
      return 'Confirm your email address first: open the link we sent you, then sign in.';
    }
    if (
      error.status === 403 &&
      /inactive|disabled|deactivat/i.test(`${error.code} ${error.message}`)
    ) {
      return 'This account has been switched off. Ask an administrator.';
    }
  }
  return describeError(error);
}

/** Sign-in with clear messages, and a live countdown while sign-in is locked. */
export function LoginForm({
  onSignIn,
  initialEmail = '',
}: {
  onSignIn: (email: string, password: string) => Promise<unknown>;
  initialEmail?: string;
}) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const [lockedFor, setLockedFor] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (lockedUntil === null) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= lockedUntil) setLockedUntil(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [lockedUntil]);

  const secondsLeft = lockedUntil === null ? 0 : Math.max(0, Math.ceil((lockedUntil - now) / 1000));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await onSignIn(email.trim(), password);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 429) {
        const wait = failure.retryAfter ?? 300;
        setLockedFor(wait);
        setLockedUntil(Date.now() + wait * 1000);
        setNow(Date.now());
        setError(null);
      } else {
        setError(loginProblem(failure));
      }
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form noValidate onSubmit={submit}>
      {lockedUntil !== null && (
        <div className="alert alert-warning">
          {/* Announced once; the countdown below is not a live region, or it would speak every second. */}
          <p role="alert" className="mb-1">
            Too many failed sign-ins for this account. For your security, sign-in is locked for{' '}
            {formatWait(lockedFor)}.
          </p>
          <p className="mb-0">
            Try again in <strong>{formatWait(secondsLeft)}</strong>.
          </p>
        </div>
      )}
      {error && (
        <Alert variant="danger" role="alert">
          {error}
        </Alert>
      )}
      <Form.Group className="mb-3" controlId="login-email">
        <Form.Label>Email</Form.Label>
        <Form.Control
          type="email"
          autoComplete="username"
          value={email}
          required
          onChange={(e) => setEmail(e.target.value)}
        />
      </Form.Group>
      <Form.Group className="mb-3" controlId="login-password">
        <Form.Label>Password</Form.Label>
        <Form.Control
          type="password"
          autoComplete="current-password"
          value={password}
          required
          onChange={(e) => setPassword(e.target.value)}
        />
      </Form.Group>
      <Button type="submit" className="w-100" disabled={submitting || lockedUntil !== null}>
        {submitting ? 'Signing in…' : 'Sign in'}
      </Button>
    </Form>
  );
}
