/**
 * The tag numbers of an EXIF block's first directory (IFD0). Enough to prove what a stored
 * picture carries: the GPS directory is announced in IFD0 by tag 0x8825.
 */
export function exifIfd0Tags(exif: Buffer): number[] {
  // sharp hands over the block with its "Exif\0\0" header; the TIFF structure follows.
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
  if (tiff.length < 8) return [];
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return [];
  const count = u16(ifd);
  const tags: number[] = [];
  for (let i = 0; i < count && ifd + 2 + i * 12 + 2 <= tiff.length; i++) {
    tags.push(u16(ifd + 2 + i * 12));
  }
  return tags;
}

export const GPS_IFD_TAG = 0x8825;
