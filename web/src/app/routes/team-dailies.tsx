import { useSearchParams } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { TeamDayView } from '../../features/dailies/components/team-day-view';
import { TeamNav } from '../../features/team/components/team-nav';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { todayIn } from '../../lib/time';

export function Component() {
  const timeZone = useTimezone();
  // "Today" depends on the preferred timezone: wait for it rather than guess.
  const profile = useProfile();
  const [params, setParams] = useSearchParams();
  // The chosen day is in the address, so it survives reloads and can be bookmarked.
  const date = params.get('date') ?? todayIn(timeZone);
  return (
    <Page title="Team dailies" width="lg">
      <TeamNav />
      {profile.isPending ? (
        <Loading />
      ) : (
        <TeamDayView date={date} onDate={(next) => setParams({ date: next }, { replace: true })} />
      )}
    </Page>
  );
}
