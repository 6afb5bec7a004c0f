import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { describeError } from '../../../lib/describe-error';
import { draftsToConfirm } from '../api/draft-checks';
import { confirmImport, fetchImport, uploadImport, useImportProgress } from '../api/import-api';
import type { ConfirmResult, ReviewDraft } from '../api/types';
import { DraftReview } from './draft-review';
import { FileDropZone } from './file-drop-zone';
import { ImportProgressView } from './import-progress';
import { ImportResult } from './import-result';

const importKey = (importId: string | null) => ['import', importId];

/**
 * Choose files → (a large batch is read in the background, its progress live) → review
 * the proposed jobs → confirm → see what was created. The import's id lives in the URL,
 * so a reload (or the new-job page handing files over) lands on the same review.
 */
export function ImportWorkflow() {
  const [params, setParams] = useSearchParams();
  const importId = params.get('id');
  const queryClient = useQueryClient();
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<ReviewDraft[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<{ result: ConfirmResult; names: string[] } | null>(null);

  const proposal = useQuery({
    queryKey: importKey(importId),
    queryFn: () => fetchImport(importId as string),
    enabled: importId !== null,
  });
  const parsing = proposal.data?.status === 'parsing';
  const progress = useImportProgress(parsing ? importId : null);

  // The job's last step arrives as a change hint: then the drafts are there to read.
  const finished = progress.data && progress.data.status !== 'parsing';
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: importKey(importId) });
  }, [finished, importId, queryClient]);

  const proposedDrafts = proposal.data?.status === 'parsing' ? null : proposal.data?.drafts;
  useEffect(() => {
    setDrafts(proposedDrafts?.map((draft, key) => ({ key, draft })) ?? null);
  }, [proposedDrafts]);

  const startOver = () => {
    setDone(null);
    setFailure(null);
    setDrafts(null);
    setParams({});
  };

  const upload = async (files: File[]) => {
    setFailure(null);
    setDone(null);
    setUploading(true);
    try {
      const outcome = await uploadImport(files);
      const id =
        outcome.kind === 'proposal' ? outcome.proposal.import_id : outcome.progress.import_id;
      queryClient.setQueryData(
        importKey(id),
        outcome.kind === 'proposal' ? outcome.proposal : { drafts: [], ...outcome.progress },
      );
      setParams({ id });
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setUploading(false);
      void queryClient.invalidateQueries({ queryKey: ['import-logs'] });
    }
  };

  const confirm = async () => {
    if (!importId || !drafts) return;
    setFailure(null);
    setConfirming(true);
    try {
      const result = await confirmImport(
        importId,
        draftsToConfirm(drafts.map((d) => d.draft)),
        proposal.data?.tasks,
      );
      setDone({ result, names: drafts.map((d) => d.draft.job_name) });
      setParams({});
      void queryClient.invalidateQueries({ queryKey: ['jobs'] });
      void queryClient.invalidateQueries({ queryKey: ['day'] });
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['import-logs'] });
    }
  };

  const failureAlert = failure && (
    <Alert variant="danger" role="alert" className="text-break">
      {failure}
    </Alert>
  );

  if (done) return <ImportResult {...done} onMore={startOver} />;
  if (!importId) {
    return (
      <>
        {failureAlert}
        <FileDropZone title="Files to import" busy={uploading} onFiles={upload} />
      </>
    );
  }
  if (proposal.isPending) return <Loading label="Loading the import" />;
  if (proposal.isError) {
    return (
      <>
        <ErrorMessage error={proposal.error} onRetry={() => void proposal.refetch()} />
        <Button variant="outline-secondary" onClick={startOver}>
          Start over
        </Button>
      </>
    );
  }
  const live = progress.data ?? (parsing ? proposal.data : null);
  if (live && (live.status === 'parsing' || live.status === 'failed')) {
    return (
      <>
        <ImportProgressView
          progress={{
            import_id: importId,
            status: live.status,
            files_total: live.files_total ?? 0,
            files_parsed: live.files_parsed ?? 0,
            error: live.error ?? null,
          }}
        />
        {live.status === 'failed' && (
          <Alert variant="danger" role="alert" className="text-break">
            The import stopped: {live.error}
          </Alert>
        )}
        <Button variant="outline-secondary" onClick={startOver}>
          {live.status === 'failed' ? 'Choose other files' : 'Import other files'}
        </Button>
      </>
    );
  }
  if (proposal.data.confirmed_at) {
    return (
      <>
        <Alert variant="info">This import was confirmed already.</Alert>
        <Button onClick={startOver}>Import more files</Button>
      </>
    );
  }
  return (
    <>
      {failureAlert}
      <DraftReview
        drafts={drafts ?? []}
        onChange={setDrafts}
        onConfirm={confirm}
        onCancel={startOver}
        confirming={confirming}
      />
    </>
  );
}
