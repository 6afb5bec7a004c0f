import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { MyCalendar } from '../../features/calendar/components/my-calendar';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';

export function Component() {
  const { me } = useSession();
  const profile = useProfile();
  const timeZone = useTimezone();
  return (
    <Page title="Calendar" width="lg">
      {/* "Today" and my colour come from the profile: wait for it rather than guess. */}
      {profile.isPending ? (
        <Loading />
      ) : (
        <MyCalendar
          userId={me?.user_id ?? null}
          color={profile.data?.user_preferred_color}
          timeZone={timeZone}
        />
      )}
    </Page>
  );
}
