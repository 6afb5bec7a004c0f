import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { checkImportDraft, type DraftProblems } from '../api/draft-checks';
import { useBuildingNames } from '../api/import-api';
import type { ReviewDraft } from '../api/types';
import { DraftEditor } from './draft-editor';

/**
 * The proposed jobs, editable and removable, confirmed all at once. Nothing is written
 * until every draft has what it needs (a ticket number, a building, a name, a date).
 */
export function DraftReview({
  drafts,
  onChange,
  onConfirm,
  onCancel,
  confirming,
}: {
  drafts: ReviewDraft[];
  onChange: (drafts: ReviewDraft[]) => void;
  onConfirm: () => void;
  onCancel: () => void;
  confirming: boolean;
}) {
  const buildings = useBuildingNames();
  const [checked, setChecked] = useState(false);
  const problems: DraftProblems[] = drafts.map((d) => checkImportDraft(d.draft));
  const needing = problems.filter((p) => Object.keys(p).length > 0).length;

  const confirm = () => {
    setChecked(true);
    if (needing === 0) onConfirm();
  };

  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading" className="h5">
        Review {drafts.length} {drafts.length === 1 ? 'job' : 'jobs'}
      </h2>
      <p className="text-body-secondary small" aria-live="polite">
        {needing > 0
          ? `${needing} ${needing === 1 ? 'job needs' : 'jobs need'} a choice or a fix before confirming.`
          : 'Every job is ready to be created.'}
      </p>
      {drafts.length === 0 && <p>No jobs left to import.</p>}
      {drafts.map(({ key, draft }, index) => (
        <DraftEditor
          key={key}
          draft={draft}
          index={index}
          count={drafts.length}
          problems={checked || draft.building_id === null ? (problems[index] ?? {}) : {}}
          buildings={buildings.data ?? []}
          onChange={(next) =>
            onChange(drafts.map((d) => (d.key === key ? { key, draft: next } : d)))
          }
          onRemove={() => onChange(drafts.filter((d) => d.key !== key))}
        />
      ))}
      {checked && needing > 0 && (
        <Alert variant="danger" role="alert">
          Fix the marked fields in {needing} {needing === 1 ? 'job' : 'jobs'} first.
        </Alert>
      )}
      <div className="d-flex flex-wrap gap-2">
        <Button onClick={confirm} disabled={confirming || drafts.length === 0}>
          {confirming
            ? 'Creating…'
            : `Create ${drafts.length} ${drafts.length === 1 ? 'job' : 'jobs'}`}
        </Button>
        <Button variant="outline-secondary" onClick={onCancel} disabled={confirming}>
          Start over
        </Button>
      </div>
    </section>
  );
}
