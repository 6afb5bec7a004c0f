import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Form from 'react-bootstrap/Form';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { useToast } from '../../../components/ui/toaster/toast-context';
import { describeError } from '../../../lib/describe-error';
import { getOutbox } from '../../../lib/offline/outbox-instance';
import { isOffline, mustQueue, queueChange } from '../../../lib/offline/queue-change';
import { stateLabel, useQueued } from '../../../lib/offline/use-outbox';
import { formatInstant } from '../../../lib/time';
import { photoKeys, removePhoto, uploadPhoto, useEntryPhotos } from '../api/photos';
import { PhotoThumb } from './photo-thumb';
import { PhotoViewer } from './photo-viewer';
import type { ShownPhoto } from './shown-photo';

/**
 * The photos of one job entry: add from the camera or files (kept on the device while
 * offline), thumbnails, a viewer, and removal by the author.
 */
export function EntryPhotos({
  entryId,
  jobName,
  userId,
  canAdd,
  timeZone,
}: {
  entryId: number;
  jobName: string;
  userId: number | null;
  canAdd: boolean;
  timeZone: string;
}) {
  const id = useId();
  const toast = useToast();
  const queryClient = useQueryClient();
  const photos = useEntryPhotos(entryId);
  const queued = useQueued('add-photo');
  const [keepTime, setKeepTime] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);

  const shown = useMemo<ShownPhoto[]>(() => {
    const name = jobName || 'this job';
    const onServer = (photos.data ?? []).map((photo, i) => ({
      key: `p${photo.photo_id}`,
      thumbnail: photo.thumbnail_url,
      full: photo.url,
      alt: photo.taken_at
        ? `Photo ${i + 1} of “${name}”, taken ${formatInstant(photo.taken_at, timeZone)}`
        : `Photo ${i + 1} of “${name}”, added ${formatInstant(photo.created_at, timeZone)}`,
      photoId: photo.photo_id,
      removable: photo.created_by === userId,
      waiting: null,
    }));
    const waiting = queued
      .filter(({ change }) => change.entryId === entryId)
      .map(({ item, change }) => ({
        key: `q${item.seq}`,
        thumbnail: change.photo,
        full: change.photo,
        alt: `Photo of “${name}” waiting on this device (${change.fileName})`,
        photoId: null,
        removable: false,
        waiting: item.reason
          ? `${stateLabel(item, false)}: ${item.reason}`
          : stateLabel(item, getOutbox().isSending(item.seq)),
      }));
    return [...onServer, ...waiting];
  }, [photos.data, queued, entryId, jobName, userId, timeZone]);

  const refresh = () => void queryClient.invalidateQueries({ queryKey: photoKeys.entry(entryId) });

  const add = async (files: FileList | null) => {
    if (!files || files.length === 0 || userId === null) return;
    setFailure(null);
    setBusy(true);
    let kept = 0;
    for (const file of Array.from(files)) {
      const queue = () =>
        queueChange(
          userId,
          { kind: 'add-photo', entryId, photo: file, fileName: file.name, keepTime },
          `Photo ${file.name} for job “${jobName}”`,
        ).then(() => kept++);
      try {
        if (mustQueue(userId)) await queue();
        else await uploadPhoto(entryId, file, file.name, keepTime);
      } catch (error) {
        if (isOffline(error)) await queue().catch(() => setFailure(describeError(error)));
        else setFailure(`${file.name}: ${describeError(error)}`);
      }
    }
    setBusy(false);
    refresh();
    if (kept > 0) {
      toast({
        message:
          'No connection: the photo is kept on this device and sent when you are back online.',
        variant: 'info',
      });
    }
  };

  const remove = async (photo: ShownPhoto) => {
    if (photo.photoId === null) return;
    try {
      await removePhoto(photo.photoId);
      refresh();
      toast({ message: 'Photo removed.', variant: 'success' });
    } catch (error) {
      toast({ message: describeError(error), variant: 'danger' });
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h5">
        Photos
      </h2>
      {canAdd && (
        <fieldset className="mb-3" disabled={busy}>
          <legend className="visually-hidden">Add photos</legend>
          <div className="row g-2">
            <Form.Group className="col-sm-6" controlId={`${id}-camera`}>
              <Form.Label>Take a photo</Form.Label>
              <Form.Control
                type="file"
                accept="image/*"
                capture="environment"
                onChange={(e) => {
                  const input = e.target as HTMLInputElement;
                  void add(input.files).then(() => (input.value = ''));
                }}
              />
            </Form.Group>
            <Form.Group className="col-sm-6" controlId={`${id}-files`}>
              <Form.Label>Add photos from files</Form.Label>
              <Form.Control
                type="file"
                accept="image/*"
                multiple
                onChange={(e) => {
                  const input = e.target as HTMLInputElement;
                  void add(input.files).then(() => (input.value = ''));
                }}
              />
            </Form.Group>
          </div>
          <Form.Check
            className="mt-2"
            id={`${id}-keep-time`}
            label="Keep the time it was taken (everything else the camera recorded, like the place, is removed)"
            checked={keepTime}
            onChange={(e) => setKeepTime(e.target.checked)}
          />
        </fieldset>
      )}
      <div role="status" className="small">
        {busy ? 'Adding the photo…' : ''}
      </div>
      {failure && (
        <Alert variant="danger" role="alert" className="text-break">
          {failure}
        </Alert>
      )}
      {photos.isPending ? (
        <Loading label="Loading photos" />
      ) : photos.isError ? (
        <ErrorMessage error={photos.error} onRetry={() => void photos.refetch()} />
      ) : shown.length === 0 ? (
        <p className="mb-0">No photos yet.</p>
      ) : (
        <ul className="list-unstyled d-flex flex-wrap gap-2 m-0" aria-label="Photos of this job">
          {shown.map((photo, index) => (
            <PhotoThumb
              key={photo.key}
              photo={photo}
              onOpen={() => setViewing(index)}
              onRemove={() => void remove(photo)}
            />
          ))}
        </ul>
      )}
      {viewing !== null && (
        <PhotoViewer
          photos={shown}
          index={viewing}
          onIndex={setViewing}
          onClose={() => setViewing(null)}
        />
      )}
    </section>
  );
}
