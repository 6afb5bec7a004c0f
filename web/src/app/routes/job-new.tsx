import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import { useNavigate } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page/page';
import { useToast } from '../../components/ui/toaster/toast-context';
import { uploadImport } from '../../features/imports/api/import-api';
import { FileDropZone } from '../../features/imports/components/file-drop-zone';
import type { JobDraft } from '../../features/jobs/api/job-draft';
import {
  draftFromMessage,
  findTicketByNumber,
} from '../../features/jobs/api/job-draft-from-message';
import { JobForm } from '../../features/jobs/components/job-form';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { describeError } from '../../lib/describe-error';
import { todayIn } from '../../lib/time';

export function Component() {
  const navigate = useNavigate();
  const toast = useToast();
  const timeZone = useTimezone();
  // "Today" depends on the preferred timezone: wait for it rather than guess.
  const profile = useProfile();
  const [fill, setFill] = useState<{ draft: JobDraft; version: number }>();
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  // One email fills the form; several files (or a background batch) go to the review page.
  const readFiles = async (files: File[]) => {
    setFailure(null);
    setReading(true);
    try {
      const outcome = await uploadImport(files);
      const drafts = outcome.kind === 'proposal' ? outcome.proposal.drafts : [];
      const first = drafts[0];
      if (outcome.kind === 'background' || drafts.length !== 1 || !first) {
        const id =
          outcome.kind === 'proposal' ? outcome.proposal.import_id : outcome.progress.import_id;
        navigate(`/import?id=${encodeURIComponent(id)}`);
        return;
      }
      const ticket = await findTicketByNumber(first.ticket_number);
      const draft = draftFromMessage(todayIn(timeZone), first, ticket);
      setFill((previous) => ({ draft, version: (previous?.version ?? 0) + 1 }));
      toast({ message: `Filled from ${first.source_file}. Check it and save.`, variant: 'info' });
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setReading(false);
    }
  };

  return (
    <Page title="New job">
      {profile.isPending ? (
        <Loading />
      ) : (
        <>
          {failure && (
            <Alert variant="danger" role="alert" className="text-break">
              {failure}
            </Alert>
          )}
          <FileDropZone
            title="Fill from an email"
            buttonLabel="Choose an email"
            busy={reading}
            onFiles={readFiles}
          />
          <JobForm
            today={todayIn(timeZone)}
            fill={fill}
            onSaved={(entry, warning) => {
              toast(
                warning
                  ? { message: warning, variant: 'warning' }
                  : { message: 'Job saved.', variant: 'success' },
              );
              navigate(`/jobs/${entry.entry_id}`);
            }}
            onQueued={() => {
              toast({
                message:
                  'No connection: the job is kept on this device and sent when you are back online.',
                variant: 'info',
              });
              navigate('/jobs');
            }}
          />
        </>
      )}
    </Page>
  );
}
