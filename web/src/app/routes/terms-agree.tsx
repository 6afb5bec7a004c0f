import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../components/ui/page/page';
import { TermsText } from '../../features/auth/components/terms-text';
import { agreeToTerms } from '../../lib/auth/auth-api';
import { useSession } from '../../lib/auth/session-context';
import { describeError } from '../../lib/describe-error';
import { safeNext } from '../landing';

/** Shown instead of any page until the person agrees to changed terms. */
export function Component() {
  const { me, reload, signOut } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next')) ?? '/home';
  const [agreed, setAgreed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  if (me && !me.terms_required) return <Navigate to={next} replace />;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!agreed) {
      setError('Tick the box to agree, or sign out.');
      return;
    }
    setSaving(true);
    try {
      await agreeToTerms();
      await reload();
      navigate(next, { replace: true });
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page title="The terms have changed" width="md">
      <Alert variant="info">Please read the updated terms. You can continue once you agree.</Alert>
      <div className="panel">
        <TermsText />
      </div>
      <Form onSubmit={submit} noValidate>
        {error && (
          <Alert variant="danger" role="alert">
            {error}
          </Alert>
        )}
        <Form.Check
          id="agree-terms"
          className="mb-3"
          label="I have read and agree to the updated terms and conditions"
          checked={agreed}
          onChange={(e) => setAgreed(e.target.checked)}
        />
        <div className="d-flex flex-wrap gap-2">
          <Button type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Agree and continue'}
          </Button>
          <Button
            variant="outline-secondary"
            onClick={() => void signOut().then(() => navigate('/'))}
          >
            Sign out
          </Button>
        </div>
      </Form>
    </Page>
  );
}
