import { randomBytes } from 'node:crypto';

export interface FilePart {
  field?: string;
  fileName: string;
  contentType?: string;
  data: Buffer | string;
}

/** A multipart/form-data body for `app.inject`, as a browser would send files. */
export function multipartBody(parts: FilePart[]): {
  payload: Buffer;
  headers: Record<string, string>;
} {
  const boundary = `----crewlog${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.field ?? 'files'}"; ` +
          `filename="${part.fileName}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
