import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { Link } from 'react-router';
import type { ConfirmResult } from '../api/types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the confirmed import created, with a link to each new job. */
export function ImportResult({
  result,
  names,
  onMore,
}: {
  result: ConfirmResult;
  names: string[];
  onMore: () => void;
}) {
  return (
    <section aria-labelledby="import-result-heading">
      <Alert variant="success" role="status">
        <h2 id="import-result-heading" className="h5">
          Imported {plural(result.entries_created, 'job', 'jobs')}
        </h2>
        <p className="mb-0">
          {plural(result.tickets_created, 'new ticket', 'new tickets')}
          {result.tasks_created > 0 && `, ${plural(result.tasks_created, 'task', 'tasks')}`}.
        </p>
      </Alert>
      <ul>
        {result.entry_ids.map((entryId, index) => (
          <li key={entryId}>
            <Link to={`/jobs/${entryId}`}>{names[index] || `Job ${entryId}`}</Link>
          </li>
        ))}
      </ul>
      <Button variant="outline-primary" onClick={onMore}>
        Import more files
      </Button>
    </section>
  );
}
