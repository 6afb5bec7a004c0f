import { type DragEvent, useId, useRef, useState } from 'react';
import Button from 'react-bootstrap/Button';
import { IMPORT_ACCEPT } from '../api/import-api';

/**
 * Where files are dropped, with a button that opens the file chooser for keyboard and
 * touch users. Only .eml, .msg and .json files are passed on; the server judges the rest.
 */
export function FileDropZone({
  onFiles,
  busy = false,
  title,
  buttonLabel = 'Choose files',
}: {
  onFiles: (files: File[]) => void;
  busy?: boolean;
  title: string;
  buttonLabel?: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length > 0 && !busy) onFiles(files);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-help`}
      aria-busy={busy}
      className={`import-drop-zone border border-2 rounded-3 p-3 mb-3 text-center ${
        over ? 'border-primary bg-primary-subtle' : 'border-secondary-subtle'
      }`}
      style={{ borderStyle: 'dashed' }}
      data-testid="import-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id={`${id}-title`} className="h6 mb-1">
        {title}
      </h2>
      <p id={`${id}-help`} className="small text-body-secondary mb-2">
        Drop .eml, .msg or Crewlog .json files here, or choose them.
      </p>
      <input
        ref={input}
        id={`${id}-input`}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        className="d-none"
        aria-label={buttonLabel}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = '';
        }}
      />
      <Button variant="outline-primary" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? 'Reading files…' : buttonLabel}
      </Button>
    </section>
  );
}
