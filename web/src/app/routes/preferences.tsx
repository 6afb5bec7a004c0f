import { ErrorMessage } from '../../components/ui/error-message';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { PreferencesForm } from '../../features/preferences/components/preferences-form';
import { useProfile } from '../../lib/auth/profile';

export function Component() {
  const profile = useProfile();
  return (
    <Page title="Preferences">
      {profile.isPending ? (
        <Loading />
      ) : profile.isError ? (
        <ErrorMessage error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <PreferencesForm profile={profile.data} />
      )}
    </Page>
  );
}
