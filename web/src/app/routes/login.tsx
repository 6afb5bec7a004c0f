import Alert from 'react-bootstrap/Alert';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../components/ui/page/page';
import { LoginForm } from '../../features/auth/components/login-form';
import { fetchProfile } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';
import { landingPath, safeNext } from '../landing';

export function Component() {
  const { status, signIn, signedOutByUser } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signedOut = signedOutByUser;

  if (status === 'signed-in') return <Navigate to={next ?? '/home'} replace />;

  const onSignIn = async (email: string, password: string) => {
    const me = await signIn(email, password);
    if (me.terms_required) {
      navigate(`/terms/agree?next=${encodeURIComponent(next ?? '/home')}`, { replace: true });
      return;
    }
    if (next) {
      navigate(next, { replace: true });
      return;
    }
    // The landing page is a preference; if it cannot be read, Dailies is a good start.
    const profile = await fetchProfile(me.user_id).catch(() => null);
    navigate(landingPath(profile?.user_preferred_landing_page, me), { replace: true });
  };

  return (
    <Page title="Sign in" width="sm">
      {signedOut && (
        <Alert variant="success" role="status">
          You are signed out on this device. Your other devices stay signed in.
        </Alert>
      )}
      {params.get('verified') === '1' && (
        <Alert variant="success" role="status">
          Your email address is confirmed. Sign in to start.
        </Alert>
      )}
      <LoginForm onSignIn={onSignIn} />
      <p className="mt-3 mb-0 text-center">
        New here? <Link to="/register">Create an account</Link>
      </p>
    </Page>
  );
}
