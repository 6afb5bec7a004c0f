import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { StatsView } from '../../features/stats/components/stats-view';
import { TeamNav } from '../../features/team/components/team-nav';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { todayIn } from '../../lib/time';

export function Component() {
  const timeZone = useTimezone();
  const profile = useProfile();
  return (
    <Page title="Team statistics" width="lg">
      <TeamNav />
      {profile.isPending ? <Loading /> : <StatsView scope={null} today={todayIn(timeZone)} />}
    </Page>
  );
}
