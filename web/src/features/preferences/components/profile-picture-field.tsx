import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import Form from 'react-bootstrap/Form';
import { AuthedImage } from '../../../components/ui/authed-image';
import { profileKey } from '../../../lib/auth/profile';
import { describeError } from '../../../lib/describe-error';
import { uploadProfilePicture } from '../api/upload-picture';

/** The current picture and a file chooser that uploads a new one straight away. */
export function ProfilePictureField({
  userId,
  current,
}: {
  userId: number;
  current: string | null;
}) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' | 'done' | 'error'; text?: string }>(
    {
      kind: 'idle',
    },
  );
  return (
    <Form.Group controlId="pref-picture-file" className="mb-3">
      <Form.Label>Profile picture</Form.Label>
      <div className="d-flex align-items-center gap-3">
        {current ? (
          <AuthedImage
            src={current}
            alt="Your current profile picture"
            size={56}
            className="rounded-circle"
          />
        ) : (
          <span className="small text-body-secondary">No picture yet.</span>
        )}
        <Form.Control
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          disabled={status.kind === 'busy'}
          aria-describedby="pref-picture-status"
          onChange={async (event) => {
            const file = (event.target as HTMLInputElement).files?.[0];
            if (!file) return;
            setStatus({ kind: 'busy' });
            try {
              await uploadProfilePicture(file);
              await queryClient.invalidateQueries({ queryKey: profileKey(userId) });
              setStatus({ kind: 'done' });
            } catch (error) {
              setStatus({ kind: 'error', text: describeError(error) });
            }
          }}
        />
      </div>
      <div
        id="pref-picture-status"
        role="status"
        className={`small mt-1 ${status.kind === 'error' ? 'text-danger-emphasis' : 'text-body-secondary'}`}
      >
        {status.kind === 'busy'
          ? 'Uploading…'
          : status.kind === 'done'
            ? 'Picture updated.'
            : status.kind === 'error'
              ? status.text
              : 'PNG, JPEG, WebP or GIF; it is resized and cleaned of location data.'}
      </div>
    </Form.Group>
  );
}
