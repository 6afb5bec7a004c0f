import { Page } from '../../components/ui/page/page';
import { AdministrationSections } from '../../features/administration/components/administration-sections';
import { useTimezone } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';

export function Component() {
  const timeZone = useTimezone();
  const { me } = useSession();
  return (
    <Page title="Administration" width="lg">
      <AdministrationSections timeZone={timeZone} myUserId={me?.user_id ?? null} />
    </Page>
  );
}
