import Button from 'react-bootstrap/Button';
import type { CalendarViewName } from '../model/view-params';

export const VIEWS: { name: CalendarViewName; label: string }[] = [
  { name: 'dayGridMonth', label: 'Month' },
  { name: 'timeGridWeek', label: 'Week' },
  { name: 'timeGridDay', label: 'Day' },
  { name: 'listWeek', label: 'List' },
];

function unitOf(view: string): string {
  if (view === 'dayGridMonth') return 'month';
  if (view === 'timeGridDay') return 'day';
  return 'week';
}

/**
 * The calendar's own toolbar, in Bootstrap buttons with spoken names (FullCalendar's icon
 * buttons have none); the title announces where the calendar moved to.
 */
export function CalendarToolbar({
  title,
  view,
  onPrev,
  onNext,
  onToday,
  onView,
}: {
  title: string;
  view: string;
  onPrev: () => void;
  onNext: () => void;
  onToday: () => void;
  onView: (view: CalendarViewName) => void;
}) {
  const unit = unitOf(view);
  return (
    <div className="calendar-toolbar">
      <fieldset className="btn-group" aria-label="Move through dates">
        <Button variant="outline-secondary" onClick={onPrev} aria-label={`Previous ${unit}`}>
          <span aria-hidden="true">‹</span>
        </Button>
        <Button variant="outline-secondary" onClick={onToday}>
          Today
        </Button>
        <Button variant="outline-secondary" onClick={onNext} aria-label={`Next ${unit}`}>
          <span aria-hidden="true">›</span>
        </Button>
      </fieldset>
      <h2 className="calendar-title h5 m-0" aria-live="polite">
        {title}
      </h2>
      <fieldset className="btn-group" aria-label="View">
        {VIEWS.map((v) => (
          <Button
            key={v.name}
            variant={v.name === view ? 'primary' : 'outline-secondary'}
            aria-pressed={v.name === view}
            onClick={() => onView(v.name)}
          >
            {v.label}
          </Button>
        ))}
      </fieldset>
    </div>
  );
}
