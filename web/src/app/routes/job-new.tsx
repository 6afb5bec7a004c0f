import { useEffect, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import { Link, useNavigate, useSearchParams } from 'react-router';
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
import { queuedJobForm } from '../../features/jobs/api/offline-entries';
import { JobForm } from '../../features/jobs/components/job-form';
import { useProfile, useTimezone } from '../../lib/auth/profile';
import { describeError } from '../../lib/describe-error';
import { getOutbox } from '../../lib/offline/outbox-instance';
import { useQueued } from '../../lib/offline/use-outbox';
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
  const waiting = useWaitingJob();

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

  if (waiting.seq !== undefined) {
    return (
      <Page title="Change waiting job">
        {!waiting.loaded || profile.isPending ? (
          <Loading />
        ) : waiting.fill ? (
          <>
            <p className="text-body-secondary">
              This job is kept on this device until it can be sent; your changes keep its place.
            </p>
            <JobForm
              today={todayIn(timeZone)}
              fill={waiting.fill}
              replacing={waiting.seq}
              onSaved={() => navigate('/jobs')}
              onQueued={() => {
                toast({ message: 'The waiting job is changed.', variant: 'success' });
                navigate('/jobs');
              }}
            />
          </>
        ) : (
          <Alert variant="info">
            This job is no longer waiting on this device: it has been sent.{' '}
            <Link to="/jobs">Open it from Jobs</Link>.
          </Alert>
        )}
      </Page>
    );
  }

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

/** `?queued=N`: a new job still waiting on this device, opened to be changed before it is sent. */
function useWaitingJob() {
  const [params] = useSearchParams();
  const raw = params.get('queued');
  const seq = raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void getOutbox()
      .load()
      .then(() => setLoaded(true));
  }, []);
  const queued = useQueued('create-entry');
  const form = queued.find(({ item }) => item.seq === seq);
  const draft = form ? queuedJobForm(form.change) : undefined;
  // Filled once: later updates of the queue (another job sent) must not reset the form.
  const [fill, setFill] = useState<{ draft: JobDraft; version: number }>();
  useEffect(() => {
    if (!fill && draft) setFill({ draft, version: 1 });
  }, [fill, draft]);
  return { seq, loaded, fill };
}
