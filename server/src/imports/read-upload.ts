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
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (!extension || !['eml', 'msg', 'json'].includes(extension)) {
    throw unreadableFile(fileName, 'only .eml, .msg and .json files can be imported');
  }
  if (data.length === 0) throw unreadableFile(fileName, 'the file is empty');
  const kind = sniff(data);
  const expected = extension === 'msg' ? 'compound-file' : 'text';
  if (kind !== expected) {
    throw unreadableFile(fileName, `the content is ${describe(kind)}, not a .${extension} file`);
  }
  try {
    if (extension === 'msg') return { format: 'msg', fileName, message: parseMsg(data) };
    if (extension === 'json') return { format: 'json', fileName, file: parseCrewlogJson(data) };
    return { format: 'eml', fileName, message: await parseEml(data) };
  } catch (error) {
    throw unreadableFile(fileName, (error as Error).message || 'the file could not be read');
  }
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
