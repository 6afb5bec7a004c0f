import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { TeamCalendar } from '../../features/calendar/components/team-calendar';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';

export function Component() {
  const { me } = useSession();
  const profile = useProfile();
  const timeZone = useTimezone();
  return (
    <Page title="Team calendar" width="lg">
      {profile.isPending ? (
        <Loading />
      ) : (
        <TeamCalendar viewerId={me?.user_id ?? null} timeZone={timeZone} />
      )}
    </Page>
  );
}
