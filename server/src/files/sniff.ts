/** What a file really is, judged by its first bytes (never by its name). */
export type SniffedKind =
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'webp'
  | 'compound-file'
  | 'executable'
  | 'archive'
  | 'pdf'
  | 'binary'
  | 'text';

const SIGNATURES: [SniffedKind, number[]][] = [
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['compound-file', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['executable', [0x4d, 0x5a]], // MZ: Windows programs
  ['executable', [0x7f, 0x45, 0x4c, 0x46]], // ELF
  ['executable', [0xcf, 0xfa, 0xed, 0xfe]], // Mach-O
  ['executable', [0xca, 0xfe, 0xba, 0xbe]],
  ['executable', [0x23, 0x21]], // #! scripts
  ['archive', [0x50, 0x4b, 0x03, 0x04]],
  ['archive', [0x1f, 0x8b]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
];

export function sniff(data: Uint8Array): SniffedKind {
  for (const [kind, bytes] of SIGNATURES) {
    if (bytes.every((byte, i) => data[i] === byte)) return kind;
  }
  if (isWebp(data)) return 'webp';
  return looksLikeText(data) ? 'text' : 'binary';
}

function isWebp(data: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...data.subarray(from, to));
  return data.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
}

/** Text (any ASCII-compatible encoding) has no NUL bytes and few control characters. */
function looksLikeText(data: Uint8Array): boolean {
  const sample = data.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return control <= sample.length / 100;
}
