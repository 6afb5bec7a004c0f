import { useNavigate } from 'react-router';
import { Page } from '../../components/ui/page/page';
import { useToast } from '../../components/ui/toaster/toast-context';
import { JobForm } from '../../features/jobs/components/job-form';
import { useTimezone } from '../../lib/auth/profile';
import { todayIn } from '../../lib/time';

export function Component() {
  const navigate = useNavigate();
  const toast = useToast();
  const timeZone = useTimezone();
  return (
    <Page title="New job">
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
    </Page>
  );
}
