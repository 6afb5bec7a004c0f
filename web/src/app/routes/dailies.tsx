import { useSearchParams } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { DailyView } from '../../features/dailies/components/daily-view';
import { WaitingForDay } from '../../features/outbox/components/waiting-for-day';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';
import { todayIn } from '../../lib/time';

export function Component() {
  const { me } = useSession();
  const timeZone = useTimezone();
  // "Today" depends on the preferred timezone: wait for it rather than guess.
  const profile = useProfile();
  const [params, setParams] = useSearchParams();
  // The chosen day is in the address, so it survives reloads and can be bookmarked.
  const date = params.get('date') ?? todayIn(timeZone);
  return (
    <Page title="My dailies">
      {profile.isPending ? (
        <Loading />
      ) : (
        <>
          <WaitingForDay date={date} />
          <DailyView
            userId={me?.user_id ?? null}
            alias={me?.alias ?? ''}
            date={date}
            onDate={(next) => setParams({ date: next }, { replace: true })}
          />
        </>
      )}
    </Page>
  );
}
