import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { addDays } from '../../../lib/time';

/** Previous day, a date field and next day; place it inside a flex row. */
export function DayPicker({
  id,
  date,
  onDate,
}: {
  id: string;
  date: string;
  onDate: (date: string) => void;
}) {
  return (
    <>
      <Button
        variant="outline-secondary"
        onClick={() => onDate(addDays(date, -1))}
        aria-label="Previous day"
      >
        ‹
      </Button>
      <Form.Group controlId={id}>
        <Form.Label className="small mb-0">Day</Form.Label>
        <Form.Control
          type="date"
          value={date}
          onChange={(e) => e.target.value && onDate(e.target.value)}
        />
      </Form.Group>
      <Button
        variant="outline-secondary"
        onClick={() => onDate(addDays(date, 1))}
        aria-label="Next day"
      >
        ›
      </Button>
    </>
  );
}
