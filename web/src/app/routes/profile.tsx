import { Link } from 'react-router';
import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { ProfileOverview } from '../../features/profile/components/profile-overview';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { todayIn, weekOf } from '../../lib/time';

export function Component() {
  const profile = useProfile();
  const timeZone = useTimezone();
  return (
    <Page
      title="Profile"
      width="lg"
      actions={
        <Link to="/preferences" className="btn btn-outline-secondary">
          Preferences
        </Link>
      }
    >
      {profile.isPending ? (
        <Loading />
      ) : profile.isError ? (
        <ErrorMessage error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <ProfileOverview
          profile={profile.data}
          timeZone={timeZone}
          week={weekOf(todayIn(timeZone))}
        />
      )}
    </Page>
  );
}
