import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import { Link } from 'react-router';
import { Page } from '../../components/ui/page/page';
import { RegisterForm } from '../../features/auth/components/register-form';

export function Component() {
  const [registeredEmail, setRegisteredEmail] = useState<string | null>(null);
  return (
    <Page title="Create your account" width="sm">
      {registeredEmail ? (
        <Alert variant="success" role="status">
          <p>
            Almost done. We sent a confirmation link to <strong>{registeredEmail}</strong>. Open it
            to confirm your address, then sign in.
          </p>
          <Link to="/login" className="alert-link">
            Go to sign in
          </Link>
        </Alert>
      ) : (
        <>
          <RegisterForm onRegistered={setRegisteredEmail} />
          <p className="mt-3 mb-0 text-center">
            Already registered? <Link to="/login">Sign in</Link>
          </p>
        </>
      )}
    </Page>
  );
}
