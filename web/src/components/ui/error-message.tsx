import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { describeError } from '../../lib/describe-error';

/** An API failure in words, with a retry button when the caller can retry. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert variant="danger" role="alert" className="d-flex flex-wrap align-items-center gap-2">
      <span className="flex-grow-1">{describeError(error)}</span>
      {onRetry && (
        <Button size="sm" variant="outline-danger" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  );
}
