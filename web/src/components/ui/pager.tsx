import Button from 'react-bootstrap/Button';

/** Previous / next for a paged list, with where we are ("21–40 of 95"). */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
  label,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  label: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav
      aria-label={label}
      className="d-flex align-items-center justify-content-between gap-2 mt-3"
    >
      <Button
        variant="outline-secondary"
        size="sm"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        ‹ Previous
      </Button>
      <span aria-live="polite">
        {first}–{last} of {total}
      </span>
      <Button
        variant="outline-secondary"
        size="sm"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        Next ›
      </Button>
    </nav>
  );
}
