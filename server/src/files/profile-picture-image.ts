import sharp from 'sharp';
import { ClientError } from '../http/client-error';
import { ErrorCode } from '../http/error-codes';
import { sniff } from './sniff';

const ACCEPTED = new Set(['jpeg', 'png', 'gif', 'webp']);
const SIDE = 512;

export interface NormalizedImage {
  data: Buffer;
  contentType: 'image/webp';
}

/**
 * Decodes an uploaded picture and encodes a fresh one: the type comes from the bytes,
 * never the name; images with more pixels than the limit are refused before decoding
 * (decompression bombs); the output carries no EXIF or GPS data, because sharp writes no
 * metadata unless asked to, and orientation is applied to the pixels first.
 */
export async function normalizeProfilePicture(
  input: Buffer,
  maxInputPixels: number,
): Promise<NormalizedImage> {
  const kind = sniff(input);
  if (!ACCEPTED.has(kind)) {
    throw new ClientError(
      415,
      ErrorCode.unsupportedMediaType,
      'A profile picture must be a JPEG, PNG, GIF or WebP image.',
    );
  }
  try {
    const data = await sharp(input, { limitInputPixels: maxInputPixels, failOn: 'error' })
      .rotate()
      .resize(SIDE, SIDE, { fit: 'cover', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
    return { data, contentType: 'image/webp' };
  } catch (error) {
    throw imageError(error);
  }
}

function imageError(error: unknown): ClientError {
  const message = String((error as Error)?.message ?? '');
  if (/pixel limit/i.test(message)) {
    return new ClientError(
      422,
      ErrorCode.imageTooLarge,
      'The image has too many pixels to be decoded safely.',
    );
  }
  return new ClientError(422, ErrorCode.unreadableImage, 'The image could not be decoded.');
}
