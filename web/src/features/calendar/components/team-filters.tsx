import Form from 'react-bootstrap/Form';
import type { TeamFilter } from '../api/calendar-queries';
import type { BuildingOption, Person } from '../api/types';

/** Narrows the team calendar to one person and/or one building (tasks have no building). */
export function TeamFilters({
  people,
  buildings,
  filter,
  onChange,
}: {
  people: Person[];
  buildings: BuildingOption[];
  filter: TeamFilter;
  onChange: (filter: TeamFilter) => void;
}) {
  const toId = (value: string) => (value === '' ? null : Number(value));
  return (
    <div className="d-flex flex-wrap gap-3 mb-3">
      <Form.Group controlId="calendar-person">
        <Form.Label className="small mb-1">Person</Form.Label>
        <Form.Select
          size="sm"
          value={filter.person ?? ''}
          onChange={(e) => onChange({ ...filter, person: toId(e.target.value) })}
        >
          <option value="">Everyone</option>
          {people.map((p) => (
            <option key={p.user_id} value={p.user_id}>
              {p.name ? `${p.name} (${p.alias})` : p.alias}
            </option>
          ))}
        </Form.Select>
      </Form.Group>
      <Form.Group controlId="calendar-building">
        <Form.Label className="small mb-1">Building</Form.Label>
        <Form.Select
          size="sm"
          value={filter.building ?? ''}
          onChange={(e) => onChange({ ...filter, building: toId(e.target.value) })}
        >
          <option value="">All buildings</option>
          {buildings.map((b) => (
            <option key={b.building_id} value={b.building_id}>
              {b.building_name}
            </option>
          ))}
        </Form.Select>
      </Form.Group>
    </div>
  );
}
