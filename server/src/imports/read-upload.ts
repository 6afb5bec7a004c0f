import type { CrewlogExport } from '../exports/export-format';
import { sniff } from '../files/sniff';
import { parseEml } from './parse-eml';
import { parseCrewlogJson } from './parse-json-import';
import { parseMsg } from './parse-msg';
import type { ParsedMessage } from './parsed-message';
import { unreadableFile } from './unreadable-file';

export type ReadUpload =
  | { format: 'eml' | 'msg'; fileName: string; message: ParsedMessage }
  | { format: 'json'; fileName: string; file: CrewlogExport };

/**
 * Reads one uploaded file. What it is comes from its bytes: an Outlook compound file, a
 * JSON document or a text email; the name only has to agree. Anything else, and anything
 * that fails to parse, is a 422 naming the file and the reason.
 */
export async function readUpload(fileName: string, data: Buffer): Promise<ReadUpload> {
  const format = checkUpload(fileName, data);
  try {
    if (format === 'msg') return { format: 'msg', fileName, message: parseMsg(data) };
    if (format === 'json') return { format: 'json', fileName, file: parseCrewlogJson(data) };
    return { format: 'eml', fileName, message: await parseEml(data) };
  } catch (error) {
    throw unreadableFile(fileName, (error as Error).message || 'the file could not be read');
  }
}

/**
 * The checks that need no parsing (name, emptiness, kind of content): a background import
 * refuses such files at once, before its job reads the rest.
 */
export function checkUpload(fileName: string, data: Buffer): UploadFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (!isUploadFormat(extension)) {
    throw unreadableFile(fileName, 'only .eml, .msg and .json files can be imported');
  }
  if (data.length === 0) throw unreadableFile(fileName, 'the file is empty');
  const kind = sniff(data);
  const expected = extension === 'msg' ? 'compound-file' : 'text';
  if (kind !== expected) {
    throw unreadableFile(fileName, `the content is ${describe(kind)}, not a .${extension} file`);
  }
  return extension;
}

export type UploadFormat = 'eml' | 'msg' | 'json';

function isUploadFormat(extension: string | undefined): extension is UploadFormat {
  return extension === 'eml' || extension === 'msg' || extension === 'json';
}

const KINDS: Record<string, string> = {
  executable: 'a program',
  'compound-file': 'an Office compound file',
  text: 'plain text',
  archive: 'an archive',
  pdf: 'a PDF document',
  binary: 'binary data',
};

function describe(kind: string): string {
  return KINDS[kind] ?? `an image (${kind})`;
}

/** The log's format of a file, from its name (anything else is logged as text). */
export function logFormatOf(fileName: string): string {
  return /\.(eml|msg|json)$/i.exec(fileName)?.[1]?.toLowerCase() ?? 'text';
}
