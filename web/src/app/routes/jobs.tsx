import { Link } from 'react-router';
import { Page } from '../../components/ui/page/page';
import { JobList } from '../../features/jobs/components/job-list';
import { useSession } from '../../lib/auth/session-context';

export function Component() {
  const { me } = useSession();
  return (
    <Page
      title="My jobs"
      actions={
        <Link to="/jobs/new" className="btn btn-primary">
          New job
        </Link>
      }
    >
      <JobList userId={me?.user_id ?? null} />
    </Page>
  );
}
