import { useNavigate } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { useToast } from '../../components/ui/toaster/toast-context';
import { JobForm } from '../../features/jobs/components/job-form';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { todayIn } from '../../lib/time';

export function Component() {
  const navigate = useNavigate();
  const toast = useToast();
  const timeZone = useTimezone();
  // "Today" depends on the preferred timezone: wait for it rather than guess.
  const profile = useProfile();
  return (
    <Page title="New job">
      {profile.isPending ? (
        <Loading />
      ) : (
        <JobForm
          today={todayIn(timeZone)}
          onSaved={(entry, warning) => {
            toast(
              warning
                ? { message: warning, variant: 'warning' }
                : { message: 'Job saved.', variant: 'success' },
            );
            navigate(`/jobs/${entry.entry_id}`);
          }}
        />
      )}
    </Page>
  );
}
