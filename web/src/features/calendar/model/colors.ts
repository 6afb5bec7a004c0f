/** Colours of people's events: their own colour, with whichever text reads best on it. */

const HEX = /^#?([0-9a-f]{6})$/i;
export const FALLBACK_COLOR = '#6c757d';

/** A person's colour as "#rrggbb", or the neutral grey when it is missing or malformed. */
export function personColor(value: string | null | undefined): string {
  const match = HEX.exec(value ?? '');
  return match ? `#${match[1]?.toLowerCase()}` : FALLBACK_COLOR;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(color: string): number {
  const hex = personColor(color).slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => channel(Number.parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Black or white, whichever contrasts more with the background colour. */
export function readableTextColor(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff';
}
