import Spinner from 'react-bootstrap/Spinner';

export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="d-flex align-items-center gap-2 py-3" role="status">
      <Spinner animation="border" size="sm" aria-hidden="true" />
      <span>{label}…</span>
    </div>
  );
}
