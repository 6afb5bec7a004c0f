import { Page } from '../../components/ui/page/page';
import { SummaryView } from '../../features/summary/components/summary-view';
import { useTimezone } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';
import { todayIn } from '../../lib/time';

export function Component() {
  const { me } = useSession();
  const timeZone = useTimezone();
  return (
    <Page title="Summary" width="lg">
      <SummaryView userId={me?.user_id ?? null} today={todayIn(timeZone)} />
    </Page>
  );
}
