import Button from 'react-bootstrap/Button';
import { usePhotoUrl } from '../api/use-photo-url';
import type { ShownPhoto } from './shown-photo';

const SIZE = 112;

/** One thumbnail: opens the viewer; its author may remove it. */
export function PhotoThumb({
  photo,
  onOpen,
  onRemove,
}: {
  photo: ShownPhoto;
  onOpen: () => void;
  onRemove: () => void;
}) {
  const { url, failed } = usePhotoUrl(photo.thumbnail);
  return (
    <li style={{ width: SIZE }}>
      <button type="button" className="p-0 border-0 bg-transparent d-block" onClick={onOpen}>
        {url ? (
          <img
            src={url}
            alt={photo.alt}
            width={SIZE}
            height={SIZE}
            className="rounded"
            style={{ objectFit: 'cover' }}
          />
        ) : (
          <span
            className="rounded bg-secondary-subtle small d-flex align-items-center justify-content-center"
            style={{ width: SIZE, height: SIZE }}
          >
            {failed ? 'Not available' : 'Loading…'}
            <span className="visually-hidden"> {photo.alt}</span>
          </span>
        )}
      </button>
      {photo.waiting && <span className="small d-block">{photo.waiting}</span>}
      {photo.removable && (
        <Button size="sm" variant="link" className="p-0" onClick={onRemove}>
          Remove<span className="visually-hidden"> {photo.alt}</span>
        </Button>
      )}
    </li>
  );
}
