import { useId, useState } from 'react';
import Form from 'react-bootstrap/Form';
import { describeError } from '../../../lib/describe-error';

/** A yes/no value that saves as soon as it is switched, and flips back if the save fails. */
export function EditableToggle({
  label,
  value,
  onSave,
  readOnly = false,
}: {
  label: string;
  value: boolean;
  onSave: (next: boolean) => Promise<unknown>;
  readOnly?: boolean;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <div className="editable-field">
      <Form.Check
        type="switch"
        id={id}
        label={label}
        checked={value}
        disabled={readOnly || saving}
        isInvalid={error !== null}
        onChange={async (event) => {
          setSaving(true);
          try {
            await onSave(event.target.checked);
            setError(null);
          } catch (failure) {
            setError(describeError(failure));
          } finally {
            setSaving(false);
          }
        }}
      />
      {error && (
        <div className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
