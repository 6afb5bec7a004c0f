import { useMemo, useState } from 'react';
import { ErrorMessage } from '../../../components/ui/error-message';
import {
  type Range,
  type TeamFilter,
  useBuildingOptions,
  usePeople,
  useTeamCalendar,
} from '../api/calendar-queries';
import { teamEvents } from '../model/to-events';
import { CalendarView } from './calendar-view';
import { LoadState } from './load-state';
import { PeopleLegend } from './people-legend';
import { TeamFilters } from './team-filters';

/**
 * Everyone's work as the API shows it to this viewer: who, where and when for the whole
 * team; job names and links where the viewer may read the job itself.
 */
export function TeamCalendar({
  viewerId,
  timeZone,
}: {
  viewerId: number | null;
  timeZone: string;
}) {
  const [range, setRange] = useState<Range | null>(null);
  const [filter, setFilter] = useState<TeamFilter>({ person: null, building: null });
  const query = useTeamCalendar(range, filter);
  const people = usePeople();
  const buildings = useBuildingOptions();
  const activePeople = useMemo(
    () => (people.data ?? []).filter((p) => p.user_is_active),
    [people.data],
  );
  const events = useMemo(
    () =>
      query.data
        ? teamEvents(query.data.activity, query.data.entries, query.data.tasks, viewerId)
        : [],
    [query.data, viewerId],
  );
  return (
    <>
      {people.isError && (
        <ErrorMessage error={people.error} onRetry={() => void people.refetch()} />
      )}
      <TeamFilters
        people={activePeople}
        buildings={buildings.data ?? []}
        filter={filter}
        onChange={setFilter}
      />
      <PeopleLegend people={activePeople} />
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      <LoadState loading={query.isPending} count={events.length} />
      <CalendarView
        events={events}
        timeZone={timeZone}
        onRangeChange={setRange}
        label="The team's entries and tasks"
      />
    </>
  );
}
