import { convert } from 'html-to-text';

// Scripts, styles and images carry nothing a technician needs and must never survive the
// conversion; link targets are dropped so no URL from a stranger's mail becomes a link.
const OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'head', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'object', format: 'skip' },
    { selector: 'img', format: 'skip' },
    { selector: 'a', options: { ignoreHref: true } },
  ],
};

/** Plain text of an HTML body. Nothing is executed; the result holds no markup. */
export function htmlToPlainText(html: string): string {
  return tidyText(convert(html, OPTIONS));
}

/** Unix line ends, no trailing spaces, at most one blank line in a row. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
