import ProgressBar from 'react-bootstrap/ProgressBar';
import type { ImportProgress } from '../api/types';

/** A background import's progress; screen readers hear each step. */
export function ImportProgressView({ progress }: { progress: ImportProgress }) {
  const { files_parsed: done, files_total: total } = progress;
  const label = `Read ${done} of ${total} files`;
  return (
    <section aria-labelledby="import-progress-heading" className="mb-3">
      <h2 id="import-progress-heading" className="h5">
        Reading the files
      </h2>
      <ProgressBar
        now={total > 0 ? Math.round((100 * done) / total) : 0}
        label={`${done}/${total}`}
        aria-label={label}
        aria-valuetext={label}
        animated={progress.status === 'parsing'}
      />
      <p className="mt-2 mb-0" aria-live="polite" role="status">
        {progress.status === 'parsing' ? `${label}…` : label}
      </p>
    </section>
  );
}
