import { useRef } from 'react';
import Nav from 'react-bootstrap/Nav';
import { Link, useSearchParams } from 'react-router';
import { useTimezone } from '../../../lib/auth/profile';
import { useBuildings, usePeople } from '../api/directory';
import {
  changeFilters,
  filtersToParams,
  type ManagementFilters,
  readFilters,
  SECTIONS,
} from '../api/filters';
import { AlertList } from './alert-list';
import { FilterBar } from './filter-bar';
import { useAlertArrivals } from './use-alert-arrivals';
import { WorkList } from './work-list';

/**
 * The team at a glance for managers: job alerts (live), entries, tasks and tickets, with
 * moderation. Section, filters and page live in the address, so Back and links keep them.
 */
export function ManagementView() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const people = usePeople();
  const buildings = useBuildings();
  const timeZone = useTimezone();

  const nameOf = (userId: number | null) =>
    people.data?.find((person) => person.user_id === userId)?.alias ??
    (userId === null ? 'someone' : `person ${userId}`);
  const buildingOf = (buildingId: number | null) =>
    buildings.data?.find((building) => building.building_id === buildingId)?.building_name ?? null;
  const arrivals = useAlertArrivals(nameOf);
  // A row that was deleted, restored or resolved leaves the list and takes the focus with
  // it; keyboard and screen-reader users continue from the section's heading instead.
  const heading = useRef<HTMLHeadingElement>(null);
  const refocus = () => heading.current?.focus();

  const change = (next: Partial<ManagementFilters>) =>
    setParams(filtersToParams(changeFilters(filters, next)), { replace: true });
  const linkTo = (section: ManagementFilters['section']) =>
    `?${filtersToParams(changeFilters(filters, { section }))}`;

  return (
    <>
      <p
        role="status"
        aria-atomic="true"
        className={arrivals.message ? 'alert alert-info py-2' : 'visually-hidden'}
      >
        {arrivals.message}
      </p>
      <Nav variant="pills" as="nav" aria-label="Management sections" className="mb-3 gap-1">
        {SECTIONS.map((section) => {
          const current = section.value === filters.section;
          return (
            <Nav.Item key={section.value}>
              <Nav.Link
                as={Link}
                to={linkTo(section.value)}
                active={current}
                aria-current={current ? 'page' : undefined}
                className="text-nowrap"
              >
                {section.label}
              </Nav.Link>
            </Nav.Item>
          );
        })}
      </Nav>
      <h2 className="h5" tabIndex={-1} ref={heading}>
        {SECTIONS.find((s) => s.value === filters.section)?.label}
      </h2>
      <FilterBar
        filters={filters}
        people={people.data ?? []}
        buildings={buildings.data ?? []}
        onChange={change}
      />
      {filters.section === 'alerts' ? (
        <AlertList
          filters={filters}
          newIds={arrivals.ids}
          nameOf={nameOf}
          timeZone={timeZone}
          onPage={(page) => change({ page })}
          onRowGone={refocus}
        />
      ) : (
        <WorkList
          kind={filters.section}
          filters={filters}
          nameOf={nameOf}
          buildingOf={buildingOf}
          timeZone={timeZone}
          onPage={(page) => change({ page })}
          onRowGone={refocus}
        />
      )}
    </>
  );
}
