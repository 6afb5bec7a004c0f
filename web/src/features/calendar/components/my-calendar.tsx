import { useMemo, useState } from 'react';
import { ErrorMessage } from '../../../components/ui/error-message';
import { type Range, useMyCalendar } from '../api/calendar-queries';
import { myEvents } from '../model/to-events';
import { CalendarView } from './calendar-view';
import { LoadState } from './load-state';

/** My own entries and tasks on a calendar, in my colour. */
export function MyCalendar({
  userId,
  color,
  timeZone,
}: {
  userId: number | null;
  color: string | null | undefined;
  timeZone: string;
}) {
  const [range, setRange] = useState<Range | null>(null);
  const query = useMyCalendar(userId, range);
  const events = useMemo(
    () => (query.data ? myEvents(query.data.entries, query.data.tasks, userId, color) : []),
    [query.data, userId, color],
  );
  return (
    <>
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      <LoadState loading={query.isPending} count={events.length} />
      <CalendarView
        events={events}
        timeZone={timeZone}
        onRangeChange={setRange}
        label="My entries and tasks"
      />
    </>
  );
}
