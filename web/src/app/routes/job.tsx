import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/ui/page/page';
import { useToast } from '../../components/ui/toaster/toast-context';
import { deleteEntry, restoreEntry, useEntry } from '../../features/jobs/api/entries';
import { JobDetail } from '../../features/jobs/components/job-detail';
import { EntryPhotos } from '../../features/photos/components/entry-photos';
import { useTimezone } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';
import { describeError } from '../../lib/describe-error';

export function Component() {
  const { entryId } = useParams();
  const id = Number(entryId);
  const { me } = useSession();
  const timeZone = useTimezone();
  const toast = useToast();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const entry = useEntry(id);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['jobs'] });
    void queryClient.invalidateQueries({ queryKey: ['day'] });
  };

  return (
    <Page
      title="Job"
      actions={
        <Link to="/jobs" className="btn btn-outline-secondary">
          All jobs
        </Link>
      }
    >
      {Number.isInteger(id) ? (
        <>
          <JobDetail
            entryId={id}
            timeZone={timeZone}
            ownerId={me?.user_id ?? null}
            onDelete={async (entry) => {
              try {
                await deleteEntry(entry.entry_id);
              } catch (error) {
                toast({ message: describeError(error), variant: 'danger' });
                return;
              }
              refresh();
              navigate('/jobs');
              toast({
                message: `Job “${entry.job_name ?? 'untitled'}” deleted.`,
                action: {
                  label: 'Undo',
                  run: async () => {
                    try {
                      await restoreEntry(entry.entry_id);
                      refresh();
                      toast({ message: 'Job restored.', variant: 'success' });
                      navigate(`/jobs/${entry.entry_id}`);
                    } catch (error) {
                      toast({ message: describeError(error), variant: 'danger' });
                    }
                  },
                },
              });
            }}
          />
          {entry.data && (
            <EntryPhotos
              entryId={id}
              jobName={entry.data.job_name ?? ''}
              userId={me?.user_id ?? null}
              canAdd={entry.data.user_id === me?.user_id}
              timeZone={timeZone}
            />
          )}
        </>
      ) : (
        <p>This address does not name a job.</p>
      )}
    </Page>
  );
}
