import Form from 'react-bootstrap/Form';
import { useDevices } from '../api/tickets';

/** The devices of the ticket's building, as checkboxes. */
export function DevicePicker({
  buildingId,
  selected,
  onToggle,
  disabled = false,
}: {
  buildingId: number | null;
  selected: number[];
  onToggle: (deviceId: number, checked: boolean) => void;
  disabled?: boolean;
}) {
  const devices = useDevices(buildingId);
  return (
    <fieldset className="mb-3">
      <legend className="form-label fs-6 mb-1">Devices worked on</legend>
      {buildingId === null ? (
        <p className="form-text m-0">Choose the ticket (and its building) first.</p>
      ) : devices.isPending ? (
        <p className="form-text m-0">Loading devices…</p>
      ) : devices.isError ? (
        <p className="text-danger-emphasis m-0">The devices could not be loaded.</p>
      ) : devices.data.length === 0 ? (
        <p className="form-text m-0">This building has no devices on record.</p>
      ) : (
        <div className="field-grid">
          {devices.data.map((device) => (
            <Form.Check
              key={device.device_id}
              id={`device-${device.device_id}`}
              type="checkbox"
              disabled={disabled}
              checked={selected.includes(device.device_id)}
              onChange={(event) => onToggle(device.device_id, event.target.checked)}
              label={`${device.device_name}${device.device_type ? ` (${device.device_type})` : ''}`}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
