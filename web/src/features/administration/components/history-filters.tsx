import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { actionLabel } from '../api/describe-changes';
import {
  type HistoryFilters as Filters,
  NO_FILTERS,
  useHistoryFacets,
  usePeople,
} from '../api/history';

/** Narrow the event log by table, action, person and days; every change applies at once. */
export function HistoryFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (next: Filters) => void;
}) {
  const facets = useHistoryFacets();
  const people = usePeople();
  const values = (facet: 'table' | 'action') =>
    (facets.data ?? []).filter((f) => f.facet === facet);
  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    onChange({ ...filters, [key]: event.target.value });
  const active = Object.values(filters).some(Boolean);

  return (
    <Form
      className="row g-2 align-items-end mb-3"
      aria-label="Filter the event log"
      onSubmit={(e) => e.preventDefault()}
    >
      <Form.Group className="col-6 col-md-4 col-lg-2" controlId="log-table">
        <Form.Label>Table</Form.Label>
        <Form.Select value={filters.table} onChange={set('table')}>
          <option value="">Any table</option>
          {values('table').map((f) => (
            <option key={f.value} value={f.value}>
              {f.value} ({f.entries})
            </option>
          ))}
        </Form.Select>
      </Form.Group>
      <Form.Group className="col-6 col-md-4 col-lg-2" controlId="log-action">
        <Form.Label>Action</Form.Label>
        <Form.Select value={filters.action} onChange={set('action')}>
          <option value="">Any action</option>
          {values('action').map((f) => (
            <option key={f.value} value={f.value}>
              {actionLabel(f.value)} ({f.entries})
            </option>
          ))}
        </Form.Select>
      </Form.Group>
      <Form.Group className="col-12 col-md-4 col-lg-2" controlId="log-user">
        <Form.Label>By</Form.Label>
        <Form.Select value={filters.user} onChange={set('user')}>
          <option value="">Anyone</option>
          {(people.data ?? []).map((p) => (
            <option key={p.user_id} value={String(p.user_id)}>
              {p.alias} ({p.name})
            </option>
          ))}
        </Form.Select>
      </Form.Group>
      <Form.Group className="col-6 col-md-4 col-lg-2" controlId="log-from">
        <Form.Label>From</Form.Label>
        <Form.Control
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={set('from')}
        />
      </Form.Group>
      <Form.Group className="col-6 col-md-4 col-lg-2" controlId="log-to">
        <Form.Label>To</Form.Label>
        <Form.Control
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={set('to')}
        />
      </Form.Group>
      <div className="col-12 col-md-4 col-lg-2">
        <Button
          variant="outline-secondary"
          className="w-100"
          disabled={!active}
          onClick={() => onChange(NO_FILTERS)}
        >
          Clear filters
        </Button>
      </div>
    </Form>
  );
}
