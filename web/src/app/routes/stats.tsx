import { Link } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { StatsView } from '../../features/stats/components/stats-view';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';
import { todayIn } from '../../lib/time';

export function Component() {
  const { me } = useSession();
  const timeZone = useTimezone();
  // "This week" depends on the preferred timezone: wait for it rather than guess.
  const profile = useProfile();
  return (
    <Page title="My statistics" width="lg" actions={<Link to="/team/stats">Team statistics</Link>}>
      {profile.isPending || !me ? (
        <Loading />
      ) : (
        <StatsView scope={me.user_id} today={todayIn(timeZone)} />
      )}
    </Page>
  );
}
