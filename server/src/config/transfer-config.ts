/** Settings of imports, exports and uploads, parsed from the environment by config.ts. */
export interface TransferConfig {
  /** Largest single file accepted by `POST /import`, in bytes. */
  importMaxFileBytes: number;
  /** Most files one `POST /import` may carry. */
  importMaxFiles: number;
  /** Regular expressions (case-insensitive) whose first capture group is a ticket number. */
  ticketPatterns: RegExp[];
  /** Largest profile picture accepted, in bytes (before decoding). */
  profilePictureMaxBytes: number;
  /** Largest photo accepted on a job entry, in bytes (before decoding). */
  entryPhotoMaxBytes: number;
  /** Decompression-bomb guard: images with more pixels than this are refused undecoded. */
  imageMaxInputPixels: number;
}

/** `#12345`, `Ticket 12345` / `Ticket #12345` / `Ticket no. 12345`, `WO-12345`. */
export const DEFAULT_TICKET_PATTERNS = [
  String.raw`(?:^|[\s(\[])#(\d{3,12})\b`,
  String.raw`\bticket\s*(?:no\.?|number|nr\.?)?\s*[:#]?\s*(\d{3,12})\b`,
  String.raw`\b(WO-\d{3,12})\b`,
];

interface TransferEnv {
  IMPORT_MAX_FILE_BYTES: number;
  IMPORT_MAX_FILES: number;
  IMPORT_TICKET_PATTERNS?: string | undefined;
  PROFILE_PICTURE_MAX_BYTES: number;
  ENTRY_PHOTO_MAX_BYTES: number;
  IMAGE_MAX_INPUT_PIXELS: number;
}

export function transferConfig(env: TransferEnv): TransferConfig {
  return {
    importMaxFileBytes: env.IMPORT_MAX_FILE_BYTES,
    importMaxFiles: env.IMPORT_MAX_FILES,
    ticketPatterns: parseTicketPatterns(env.IMPORT_TICKET_PATTERNS),
    profilePictureMaxBytes: env.PROFILE_PICTURE_MAX_BYTES,
    entryPhotoMaxBytes: env.ENTRY_PHOTO_MAX_BYTES,
    imageMaxInputPixels: env.IMAGE_MAX_INPUT_PIXELS,
  };
}

/**
 * IMPORT_TICKET_PATTERNS is a JSON array of regular expressions, because a pattern may
 * itself contain any separator we could pick. Each needs a capture group: the number.
 */
export function parseTicketPatterns(source: string | undefined): RegExp[] {
  const list = source ? parsePatternList(source) : DEFAULT_TICKET_PATTERNS;
  return list.map((pattern) => {
    let regex: RegExp;
    try {
      regex = new RegExp(pattern, 'iu');
    } catch {
      throw new Error(`invalid configuration: IMPORT_TICKET_PATTERNS: cannot compile ${pattern}`);
    }
    if (new RegExp(`${regex.source}|`, 'u').exec('')?.length === 1) {
      throw new Error(`invalid configuration: IMPORT_TICKET_PATTERNS: ${pattern} has no ( group )`);
    }
    return regex;
  });
}

function parsePatternList(source: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value) || value.length === 0 || !value.every((p) => typeof p === 'string')) {
    throw new Error(
      'invalid configuration: IMPORT_TICKET_PATTERNS: expected a JSON array of strings',
    );
  }
  return value;
}
