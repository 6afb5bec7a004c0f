import { Link, Outlet } from 'react-router';
import { Page } from '../../components/ui/page/page';
import { useSession } from '../../lib/auth/session-context';

export type Role = 'manager' | 'admin';

/** Whether the signed-in person holds `role` (an admin holds every role a manager does). */
export function hasRole(
  me: { user_is_admin: boolean; user_is_manager: boolean } | null,
  role: Role,
): boolean {
  if (!me) return false;
  return role === 'admin' ? me.user_is_admin : me.user_is_admin || me.user_is_manager;
}

/**
 * Pages for managers or admins. Others get a clear "not allowed" page instead of a blank or
 * broken one; the API refuses them anyway, this only explains it.
 */
export function RequireRole({ needs: role }: { needs: Role }) {
  const { me } = useSession();
  if (hasRole(me, role)) return <Outlet />;
  return (
    <Page title="Not allowed" width="sm">
      <p>
        This page is for {role === 'admin' ? 'administrators' : 'managers and administrators'} only.
        Ask an administrator if you need access.
      </p>
      <Link to="/home" className="btn btn-primary">
        Back to your start page
      </Link>
    </Page>
  );
}
