import type { KeyboardEvent } from 'react';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { usePhotoUrl } from '../api/use-photo-url';
import type { ShownPhoto } from './shown-photo';

/**
 * The full photo in a dialog. Arrow keys (or the buttons) go to the previous and next photo;
 * Escape closes and focus returns to the thumbnail that opened it.
 */
export function PhotoViewer({
  photos,
  index,
  onIndex,
  onClose,
}: {
  photos: ShownPhoto[];
  index: number;
  onIndex: (next: number) => void;
  onClose: () => void;
}) {
  const photo = photos[index];
  const { url, failed } = usePhotoUrl(photo?.full ?? null);
  if (!photo) return null;
  const step = (by: number) => onIndex((index + by + photos.length) % photos.length);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') step(-1);
    else if (event.key === 'ArrowRight') step(1);
  };
  return (
    <Modal
      show
      onHide={onClose}
      size="lg"
      centered
      aria-labelledby="photo-viewer-title"
      onKeyDown={onKeyDown}
    >
      <Modal.Header closeButton closeLabel="Close the photo">
        <Modal.Title id="photo-viewer-title" className="h6">
          Photo {index + 1} of {photos.length}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body className="text-center">
        {url ? (
          <img src={url} alt={photo.alt} className="img-fluid" />
        ) : (
          <p role="status">{failed ? 'This photo could not be loaded.' : 'Loading the photo…'}</p>
        )}
        <p className="small mt-2 mb-0">{photo.alt}</p>
      </Modal.Body>
      {photos.length > 1 && (
        <Modal.Footer className="justify-content-between">
          <Button variant="outline-secondary" onClick={() => step(-1)}>
            Previous photo
          </Button>
          <Button variant="outline-secondary" onClick={() => step(1)}>
            Next photo
          </Button>
        </Modal.Footer>
      )}
    </Modal>
  );
}
