/** What the import takes from an email, whichever format it came in. */
export interface ParsedMessage {
  subject: string;
  /** When the message was sent, or null when it does not say. */
  sentAt: Date | null;
  /** The body as plain text (HTML bodies already converted, never kept as HTML). */
  text: string;
  attachments: AttachmentSummary[];
}

export interface AttachmentSummary {
  file_name: string;
  content_type: string;
  byte_size: number;
}
