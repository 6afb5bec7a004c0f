import Modal from 'react-bootstrap/Modal';
import { useNavigate } from 'react-router';
import { LoginForm } from '../../features/auth/components/login-form';
import { useSession } from '../../lib/auth/session-context';

/**
 * Shown over the page when the session ended on its own (revoked on another device, idle
 * for a day). Signing in again keeps the page and everything typed on it; a failed save can
 * then simply be repeated.
 */
export function SessionExpiredDialog() {
  const { me, signIn } = useSession();
  const navigate = useNavigate();
  return (
    <Modal show backdrop="static" keyboard={false} centered aria-labelledby="session-expired-title">
      <Modal.Header>
        <Modal.Title id="session-expired-title" as="h2" className="h5">
          Your session has ended
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <p>Sign in again to carry on. This page and what you typed stay as they are.</p>
        <LoginForm
          initialEmail={me?.email ?? ''}
          onSignIn={async (email, password) => {
            const previous = me?.user_id;
            const next = await signIn(email, password);
            // A different person signing in starts from their own landing page.
            if (next.user_id !== previous) navigate('/home', { replace: true });
          }}
        />
      </Modal.Body>
    </Modal>
  );
}
