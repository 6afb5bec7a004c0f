import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import type { Building, Person } from '../api/directory';
import { ALERT_REASONS, type AlertReason, type ManagementFilters, STATES } from '../api/filters';

const idOrNull = (value: string) => (value ? Number(value) : null);

/** Who, where and which state: each a labelled select, stacked on a phone. */
export function FilterBar({
  filters,
  people,
  buildings,
  onChange,
}: {
  filters: ManagementFilters;
  people: Person[];
  buildings: Building[];
  onChange: (change: Partial<ManagementFilters>) => void;
}) {
  const { section } = filters;
  const hasBuilding = section === 'entries' || section === 'tickets';
  return (
    <Form onSubmit={(event) => event.preventDefault()} aria-label="Filters">
      <Row className="g-2 mb-3">
        <Col xs={12} sm={6} lg={3}>
          <Form.Group controlId="management-person">
            <Form.Label>Person</Form.Label>
            <Form.Select
              value={filters.person ?? ''}
              onChange={(event) => onChange({ person: idOrNull(event.target.value) })}
            >
              <option value="">Everyone</option>
              {people.map((person) => (
                <option key={person.user_id} value={person.user_id}>
                  {person.name ? `${person.alias} — ${person.name}` : person.alias}
                </option>
              ))}
            </Form.Select>
          </Form.Group>
        </Col>
        {hasBuilding && (
          <Col xs={12} sm={6} lg={3}>
            <Form.Group controlId="management-building">
              <Form.Label>Building</Form.Label>
              <Form.Select
                value={filters.building ?? ''}
                onChange={(event) => onChange({ building: idOrNull(event.target.value) })}
              >
                <option value="">All buildings</option>
                {buildings.map((building) => (
                  <option key={building.building_id} value={building.building_id}>
                    {building.building_name}
                  </option>
                ))}
              </Form.Select>
            </Form.Group>
          </Col>
        )}
        {section === 'alerts' && (
          <Col xs={12} sm={6} lg={3}>
            <Form.Group controlId="management-reason">
              <Form.Label>Needs</Form.Label>
              <Form.Select
                value={filters.reason ?? ''}
                onChange={(event) =>
                  onChange({ reason: (event.target.value || null) as AlertReason | null })
                }
              >
                <option value="">Anything</option>
                {ALERT_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {reason.charAt(0).toUpperCase() + reason.slice(1)}
                  </option>
                ))}
              </Form.Select>
            </Form.Group>
          </Col>
        )}
        <Col xs={12} sm={6} lg={3}>
          <Form.Group controlId="management-state">
            <Form.Label>Show</Form.Label>
            <Form.Select
              value={filters.state}
              onChange={(event) => onChange({ state: event.target.value })}
            >
              {STATES[section].map((state) => (
                <option key={state.value} value={state.value}>
                  {state.label}
                </option>
              ))}
            </Form.Select>
          </Form.Group>
        </Col>
      </Row>
    </Form>
  );
}
