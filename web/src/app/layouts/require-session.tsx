import { lazy, Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { useSession } from '../../lib/auth/session-context';

// Rarely needed, so it (with the sign-in form and Bootstrap's modal) loads only when shown.
const SessionExpiredDialog = lazy(() =>
  import('./session-expired-dialog').then((m) => ({ default: m.SessionExpiredDialog })),
);

/** Pages behind sign-in. New terms must be agreed before anything else opens. */
export function RequireSession({ allowPendingTerms = false }: { allowPendingTerms?: boolean }) {
  const { status, me, signedOutByUser } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Loading label="Signing you in" />;
  if (status === 'signed-out') {
    // After "Sign out" the login page is the destination, not the page just left.
    if (signedOutByUser) return <Navigate to="/login" replace />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (status === 'expired') {
    return (
      <>
        <Outlet />
        <Suspense fallback={null}>
          <SessionExpiredDialog />
        </Suspense>
      </>
    );
  }
  if (me?.terms_required && !allowPendingTerms) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/terms/agree?next=${next}`} replace />;
  }
  return <Outlet />;
}
