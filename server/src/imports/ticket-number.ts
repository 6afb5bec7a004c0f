/**
 * The first ticket number the configured patterns find, looking at the subject before the
 * body (a subject names its ticket; a body may quote older ones). Null when none matches.
 */
export function findTicketNumber(subject: string, body: string, patterns: RegExp[]): string | null {
  for (const text of [subject, body]) {
    for (const pattern of patterns) {
      const number = pattern.exec(text)?.[1];
      if (number) return number.toUpperCase();
    }
  }
  return null;
}
