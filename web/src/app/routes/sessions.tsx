import { Page } from '../../components/ui/page/page';
import { SessionList } from '../../features/sessions/components/session-list';
import { useTimezone } from '../../lib/auth/profile';

export function Component() {
  const timeZone = useTimezone();
  return (
    <Page title="My sessions">
      <SessionList timeZone={timeZone} />
    </Page>
  );
}
