import { useQuery } from '@tanstack/react-query';
import Alert from 'react-bootstrap/Alert';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { verifyEmail } from '../../lib/auth/auth-api';

export function Component() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verification = useQuery({
    queryKey: ['verify', token],
    queryFn: () => verifyEmail(token),
    enabled: token !== '',
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <Page title="Confirm your email" width="sm">
      {token === '' ? (
        <Alert variant="warning">
          This link is incomplete. Open the link from the email again.
        </Alert>
      ) : verification.isPending ? (
        <Loading label="Confirming" />
      ) : verification.isError ? (
        <ErrorMessage error={verification.error} />
      ) : (
        <Alert variant="success" role="status">
          Your email address is confirmed.{' '}
          <Link to="/login?verified=1" className="alert-link">
            Sign in
          </Link>
        </Alert>
      )}
    </Page>
  );
}
