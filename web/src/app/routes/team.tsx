import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { TeamNav } from '../../features/team/components/team-nav';
import { TeamOverview } from '../../features/team/components/team-overview';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { todayIn } from '../../lib/time';

export function Component() {
  const timeZone = useTimezone();
  // "Today" depends on the preferred timezone: wait for it rather than guess.
  const profile = useProfile();
  return (
    <Page title="Team" width="lg">
      <TeamNav />
      {profile.isPending ? (
        <Loading />
      ) : (
        <TeamOverview today={todayIn(timeZone)} timeZone={timeZone} />
      )}
    </Page>
  );
}
