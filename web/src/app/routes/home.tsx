import { Navigate } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { useProfile } from '../../lib/auth/profile';
import { landingPath } from '../landing';

/** /home sends each person to the landing page they chose. */
export function Component() {
  const profile = useProfile();
  if (profile.isPending) return <Loading />;
  return (
    <Navigate
      to={landingPath(profile.data?.user_preferred_landing_page, profile.data ?? null)}
      replace
    />
  );
}
