import { simpleParser } from 'mailparser';
import { htmlToPlainText, tidyText } from './html-to-plain-text';
import type { ParsedMessage } from './parsed-message';

/** Why an .eml cannot be read, or undefined when it looks whole. */
function structuralProblem(raw: string): string | undefined {
  const headerEnd = raw.search(/\r?\n\r?\n/);
  if (headerEnd < 0) return 'the file ends inside the message headers (truncated?)';
  const headers = raw.slice(0, headerEnd);
  if (!/^(from|date|subject|message-id|to)\s*:/im.test(headers)) {
    return 'this is not an email message (no From, Date or Subject header)';
  }
  // A multipart message must close every part; a cut-off download does not.
  const boundaries = [...raw.matchAll(/boundary\s*=\s*"?([^";\r\n]+)"?/gi)].map((m) => m[1]);
  for (const boundary of boundaries) {
    if (boundary && !raw.includes(`--${boundary.trim()}--`)) {
      return 'a multipart section never ends (truncated?)';
    }
  }
  return undefined;
}

/** Parses an .eml file; throws an Error whose message is the reason it cannot be read. */
export async function parseEml(data: Buffer): Promise<ParsedMessage> {
  const problem = structuralProblem(data.toString('latin1'));
  if (problem) throw new Error(problem);
  const mail = await simpleParser(data, {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
    keepCidLinks: false,
  });
  const text = mail.text?.trim()
    ? tidyText(mail.text)
    : mail.html
      ? htmlToPlainText(mail.html)
      : '';
  return {
    subject: (mail.subject ?? '').trim(),
    sentAt: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    text,
    attachments: mail.attachments.map((attachment) => ({
      file_name: attachment.filename ?? 'unnamed',
      content_type: attachment.contentType,
      byte_size: attachment.size,
    })),
  };
}
