import sharp from 'sharp';
import { ClientError } from '../http/client-error';
import { ErrorCode } from '../http/error-codes';
import { sniff } from './sniff';

const ACCEPTED = new Set(['jpeg', 'png', 'gif', 'webp']);
// Big enough to read a nameplate on a phone or a laptop; small enough to upload from a riser.
const LONG_SIDE = 2048;
const THUMBNAIL_SIDE = 320;

export interface NormalizedPhoto {
  photo: Buffer;
  thumbnail: Buffer;
  contentType: 'image/jpeg';
  thumbnailType: 'image/webp';
  width: number;
  height: number;
  /** The camera's local time ("YYYY-MM-DD HH:MM:SS"), only when asked to keep it. */
  takenAt: string | null;
}

/**
 * Decodes a photo and encodes fresh ones: the type comes from the bytes, never the name;
 * pictures with more pixels than the limit are refused before decoding; the output carries
 * no EXIF at all (no GPS, no camera serial) unless the technician chose to keep the time,
 * in which case the time alone is written back.
 */
export async function normalizeEntryPhoto(
  input: Buffer,
  options: { maxInputPixels: number; keepTime: boolean },
): Promise<NormalizedPhoto> {
  if (!ACCEPTED.has(sniff(input))) {
    throw new ClientError(
      415,
      ErrorCode.unsupportedMediaType,
      'A photo must be a JPEG, PNG, GIF or WebP image.',
    );
  }
  try {
    const source = () =>
      sharp(input, { limitInputPixels: options.maxInputPixels, failOn: 'error' }).rotate();
    const takenAt = options.keepTime ? exifTime((await sharp(input).metadata()).exif) : null;
    let full = source()
      .resize(LONG_SIDE, LONG_SIDE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true });
    if (takenAt) full = full.withExif({ IFD0: { DateTime: takenAt.replaceAll('-', ':') } });
    const { data: photo, info } = await full.toBuffer({ resolveWithObject: true });
    const thumbnail = await source()
      .resize(THUMBNAIL_SIDE, THUMBNAIL_SIDE, { fit: 'cover' })
      .webp({ quality: 75 })
      .toBuffer();
    return {
      photo,
      thumbnail,
      contentType: 'image/jpeg',
      thumbnailType: 'image/webp',
      width: info.width,
      height: info.height,
      takenAt,
    };
  } catch (error) {
    throw photoError(error);
  }
}

const EXIF_TIME = /(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/;

/**
 * The first EXIF date-time in the block (DateTimeOriginal or DateTime: cameras write the
 * same moment in both). Only the text is searched, so a malformed block yields null.
 */
export function exifTime(exif: Buffer | undefined): string | null {
  if (!exif) return null;
  const found = EXIF_TIME.exec(exif.toString('latin1'));
  if (!found) return null;
  const [, year, month, day, hour, minute, second] = found;
  const text = `${year}-${month}-${day} ${hour}:${minute}:${second}`;
  return Number.isNaN(Date.parse(`${text.replace(' ', 'T')}Z`)) ? null : text;
}

function photoError(error: unknown): ClientError {
  if (error instanceof ClientError) return error;
  const message = String((error as Error)?.message ?? '');
  if (/pixel limit/i.test(message)) {
    return new ClientError(
      422,
      ErrorCode.imageTooLarge,
      'The photo has too many pixels to be decoded safely.',
    );
  }
  return new ClientError(422, ErrorCode.unreadableImage, 'The photo could not be decoded.');
}
