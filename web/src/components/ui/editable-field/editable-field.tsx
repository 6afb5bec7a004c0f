import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import Form from 'react-bootstrap/Form';
import { describeError } from '../../../lib/describe-error';

export type EditableKind = 'text' | 'textarea' | 'date' | 'time';

export interface EditableFieldProps {
  label: string;
  value: string | null;
  kind?: EditableKind;
  /** What to show for the value (formatting dates, times…); defaults to the raw value. */
  format?: (value: string) => string;
  /** Shown when there is no value. */
  emptyText?: string;
  required?: boolean;
  maxLength?: number;
  /** Returns an error sentence, or null when the draft is fine. */
  validate?: (draft: string) => string | null;
  /** Saves the new value (null when cleared). Rejecting puts the draft back into the editor. */
  onSave: (next: string | null) => Promise<unknown>;
  readOnly?: boolean;
}

type Mode = 'view' | 'edit' | 'saving';

/**
 * A value that reads as plain text until clicked, then edits in place. Enter or leaving the
 * field saves, Escape cancels. If the save fails, the editor reopens with what was typed and
 * the reason, so nothing typed is lost.
 */
export function EditableField({
  label,
  value,
  kind = 'text',
  format,
  emptyText = 'Not set',
  required = false,
  maxLength,
  validate,
  onSave,
  readOnly = false,
}: EditableFieldProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const displayRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  // Enter saves and then the input disappears, which may also fire blur: save only once.
  const busy = useRef(false);
  const id = useId();
  const errorId = `${id}-error`;

  // The draft whose save just failed: leaving the field does not send it again (the person
  // presses Enter to retry), so a dialog taking focus cannot start a loop of failing saves.
  const failedDraft = useRef<string | null>(null);

  const wantFocus = useRef(false);

  useEffect(() => {
    if (mode === 'edit' && wantFocus.current) {
      wantFocus.current = false;
      inputRef.current?.focus();
    }
  }, [mode]);

  const startEditing = () => {
    if (readOnly) return;
    setDraft(value ?? '');
    setError(null);
    cancelled.current = false;
    failedDraft.current = null;
    wantFocus.current = true;
    setMode('edit');
  };

  const cancel = () => {
    cancelled.current = true;
    setDraft(value ?? '');
    setError(null);
    setMode('view');
    // Give focus back to the value so keyboard users keep their place.
    requestAnimationFrame(() => displayRef.current?.focus());
  };

  const save = async (trigger: 'enter' | 'blur') => {
    if (cancelled.current || busy.current) return;
    if (trigger === 'blur' && failedDraft.current === draft) return;
    const trimmed = kind === 'textarea' ? draft.replace(/\s+$/, '') : draft.trim();
    const next = trimmed === '' ? null : trimmed;
    if (next === (value ?? null)) {
      setError(null);
      setMode('view');
      return;
    }
    const problem =
      required && next === null
        ? `${label} cannot be empty.`
        : next !== null && validate
          ? validate(next)
          : null;
    if (problem) {
      setError(problem);
      return;
    }
    busy.current = true;
    setMode('saving');
    try {
      await onSave(next);
      failedDraft.current = null;
      setError(null);
      setMode('view');
    } catch (failure) {
      failedDraft.current = draft;
      // Back into the editor, unless something else (a dialog, the next field) took focus.
      const active = document.activeElement;
      wantFocus.current = !active || active === document.body;
      setError(describeError(failure));
      setMode('edit');
    } finally {
      busy.current = false;
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Enter' && !(kind === 'textarea' && event.shiftKey)) {
      event.preventDefault();
      void save('enter');
    }
  };

  if (mode === 'edit') {
    const inputProps = {
      id,
      value: draft,
      maxLength,
      required,
      isInvalid: error !== null,
      'aria-invalid': error !== null,
      'aria-describedby': error ? errorId : `${id}-help`,
      onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        setDraft(event.target.value),
      onKeyDown,
      onBlur: () => void save('blur'),
    };
    return (
      <div className="editable-field editing">
        <Form.Label htmlFor={id} className="editable-label">
          {label}
        </Form.Label>
        {kind === 'textarea' ? (
          <Form.Control
            as="textarea"
            rows={3}
            {...inputProps}
            ref={inputRef as React.Ref<HTMLTextAreaElement>}
          />
        ) : (
          <Form.Control type={kind} {...inputProps} ref={inputRef as React.Ref<HTMLInputElement>} />
        )}
        {error ? (
          <div id={errorId} className="invalid-feedback d-block" role="alert">
            {error}
          </div>
        ) : (
          <div id={`${id}-help`} className="form-text">
            {kind === 'textarea' ? 'Enter saves, Shift+Enter adds a line' : 'Enter saves'}, Escape
            cancels.
          </div>
        )}
      </div>
    );
  }

  const shown = value === null || value === '' ? null : format ? format(value) : value;
  return (
    <div className="editable-field">
      <span className="editable-label" id={`${id}-label`}>
        {label}
      </span>
      <button
        ref={displayRef}
        type="button"
        className={`editable-display${shown === null ? ' empty' : ''}${kind === 'textarea' ? ' multiline' : ''}`}
        aria-labelledby={`${id}-label ${id}-value`}
        aria-describedby={mode === 'saving' ? `${id}-saving` : undefined}
        onClick={startEditing}
        disabled={readOnly}
      >
        <span id={`${id}-value`}>{shown ?? (readOnly ? '—' : emptyText)}</span>
      </button>
      {mode === 'saving' && (
        <span id={`${id}-saving`} className="editable-saving" role="status">
          Saving…
        </span>
      )}
    </div>
  );
}
