import { useMemo, useState } from 'react';
import Form from 'react-bootstrap/Form';
import { formatOffset, useTimezones } from '../api/preferences';

/** A filter box above a select of the database's timezones. */
export function TimezonePicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (zone: string) => void;
}) {
  const zones = useTimezones();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const all = zones.data ?? [];
    const term = filter.trim().toLowerCase().replace(/\s+/g, '_');
    const matching = term ? all.filter((z) => z.name.toLowerCase().includes(term)) : all;
    // Keep the current choice visible even when the filter hides it.
    return matching.some((z) => z.name === value)
      ? matching
      : [{ name: value, utc_offset: '' }, ...matching];
  }, [zones.data, filter, value]);

  return (
    <fieldset className="mb-3">
      <legend className="form-label fs-6 mb-1">Timezone</legend>
      <div className="row g-2">
        <Form.Group className="col-sm-5" controlId="tz-filter">
          <Form.Label className="small mb-0">Filter</Form.Label>
          <Form.Control
            type="search"
            placeholder="e.g. Chicago"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </Form.Group>
        <Form.Group className="col-sm-7" controlId="tz-select">
          <Form.Label className="small mb-0">
            Timezone ({zones.isPending ? 'loading…' : `${shown.length} shown`})
          </Form.Label>
          <Form.Select value={value} onChange={(e) => onChange(e.target.value)}>
            {shown.map((zone) => (
              <option key={zone.name} value={zone.name}>
                {zone.name.replace(/_/g, ' ')}
                {zone.utc_offset ? ` (${formatOffset(zone.utc_offset)})` : ''}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
      </div>
      {zones.isError && (
        <p className="text-danger-emphasis small m-0">The timezone list could not be loaded.</p>
      )}
    </fieldset>
  );
}
