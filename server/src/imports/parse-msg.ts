import MsgReaderExport, { type FieldsData } from '@kenjiuno/msgreader';
import { htmlToPlainText, tidyText } from './html-to-plain-text';
import type { AttachmentSummary, ParsedMessage } from './parsed-message';

// A CommonJS package with `exports.default`: under Node's ESM loader the class arrives as
// the default import's `default`, under bundlers as the default import itself.
const MsgReader =
  (MsgReaderExport as unknown as { default?: typeof MsgReaderExport }).default ?? MsgReaderExport;

/** Parses an Outlook .msg file; throws an Error whose message is the reason it cannot be read. */
export function parseMsg(data: Buffer): ParsedMessage {
  const fields = readFields(data);
  return {
    subject: (fields.subject ?? '').trim(),
    sentAt: sentAt(fields),
    text: bodyText(fields),
    attachments: (fields.attachments ?? []).map(attachmentSummary),
  };
}

function readFields(data: Buffer): FieldsData {
  let fields: FieldsData;
  try {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    fields = new MsgReader(view).getFileData();
  } catch {
    // The reader throws on cut-off or damaged compound files.
    throw new Error('the Outlook file is damaged or truncated');
  }
  if (fields.error || fields.dataType !== 'msg') {
    throw new Error('this is not an Outlook message');
  }
  if (fields.subject === undefined && fields.body === undefined && fields.bodyHtml === undefined) {
    throw new Error('the Outlook file holds no message (no subject and no body)');
  }
  return fields;
}

function sentAt(fields: FieldsData): Date | null {
  for (const value of [fields.clientSubmitTime, fields.messageDeliveryTime, fields.creationTime]) {
    const date = value ? new Date(value) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return null;
}

function bodyText(fields: FieldsData): string {
  if (fields.body?.trim()) return tidyText(fields.body);
  const html = fields.bodyHtml ?? (fields.html ? new TextDecoder().decode(fields.html) : '');
  return html ? htmlToPlainText(html) : '';
}

function attachmentSummary(attachment: FieldsData): AttachmentSummary {
  return {
    file_name: attachment.fileName ?? attachment.fileNameShort ?? attachment.name ?? 'unnamed',
    content_type: attachment.attachMimeTag ?? 'application/octet-stream',
    byte_size: attachment.contentLength ?? 0,
  };
}
