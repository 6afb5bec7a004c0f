import Button from 'react-bootstrap/Button';
import ButtonGroup from 'react-bootstrap/ButtonGroup';
import Form from 'react-bootstrap/Form';
import {
  type DateRange,
  matchingQuickRange,
  QUICK_RANGES,
  quickRange,
  rangeProblem,
} from '../api/date-range';

/** From and to dates, with this week / month / year one click away. */
export function RangePicker({
  range,
  today,
  onRange,
}: {
  range: DateRange;
  today: string;
  onRange: (range: DateRange) => void;
}) {
  const active = matchingQuickRange(range, today);
  const problem = rangeProblem(range);
  return (
    <fieldset className="mb-3">
      <legend className="h6">Date range</legend>
      <div className="d-flex flex-wrap align-items-end gap-2">
        <Form.Group controlId="stats-from">
          <Form.Label className="small mb-0">From</Form.Label>
          <Form.Control
            type="date"
            value={range.from}
            isInvalid={problem !== null}
            aria-describedby={problem ? 'stats-range-problem' : undefined}
            onChange={(e) => onRange({ ...range, from: e.target.value })}
          />
        </Form.Group>
        <Form.Group controlId="stats-to">
          <Form.Label className="small mb-0">To</Form.Label>
          <Form.Control
            type="date"
            value={range.to}
            isInvalid={problem !== null}
            aria-describedby={problem ? 'stats-range-problem' : undefined}
            onChange={(e) => onRange({ ...range, to: e.target.value })}
          />
        </Form.Group>
        <ButtonGroup aria-label="Quick ranges">
          {QUICK_RANGES.map(({ kind, label }) => (
            <Button
              key={kind}
              variant={active === kind ? 'primary' : 'outline-primary'}
              aria-pressed={active === kind}
              onClick={() => onRange(quickRange(kind, today))}
            >
              {label}
            </Button>
          ))}
        </ButtonGroup>
      </div>
      {problem && (
        <p id="stats-range-problem" className="text-danger-emphasis small mt-1 mb-0" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
