import type { ColorMode } from '../auth/profile';

export interface ThemePreferences {
  mobile: ColorMode | null | undefined;
  desktop: ColorMode | null | undefined;
  highContrast: boolean | null | undefined;
  accent: string | null | undefined;
}

/** Bootstrap's md breakpoint: below it the mobile preference applies. */
export const MOBILE_QUERY = '(max-width: 767.98px)';

export function resolveColorMode(prefs: ThemePreferences, isMobile: boolean): ColorMode {
  // The requirements' defaults: dark on phones, light on desktops.
  return isMobile ? (prefs.mobile ?? 'dark') : (prefs.desktop ?? 'light');
}

const HEX = /^#([0-9a-f]{6})$/i;

function channels(hex: string): [number, number, number] | null {
  const match = HEX.exec(hex);
  if (!match?.[1]) return null;
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const ca = channels(a);
  const cb = channels(b);
  if (!ca || !cb) return 1;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `hex` (for text on accent buttons). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  return contrastRatio(hex, '#000000') >= contrastRatio(hex, '#ffffff') ? '#000000' : '#ffffff';
}

function mix(hex: string, toward: [number, number, number], amount: number): string {
  const c = channels(hex);
  if (!c) return hex;
  const out = c.map((v, i) => Math.round(v + ((toward[i] ?? v) - v) * amount));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The accent as link/outline colour: darkened (light mode) or lightened (dark mode) until it
 * reaches 4.5:1 against the page, so any chosen colour stays readable.
 */
export function readableAccent(hex: string, mode: ColorMode): string {
  // The page around the content boxes is a shade off the body colour; check against it.
  const background = mode === 'dark' ? '#2b3035' : '#e9ecef';
  const target: [number, number, number] = mode === 'dark' ? [255, 255, 255] : [0, 0, 0];
  let colour = hex;
  for (let step = 0; step < 20 && contrastRatio(colour, background) < 4.5; step++) {
    colour = mix(hex, target, (step + 1) * 0.05);
  }
  return colour;
}

/**
 * Colours for filled accent buttons. White text is preferred; a mid-tone accent is darkened
 * until white reads on it (4.6:1), a light one keeps black text. Hover moves away from the
 * text colour so it never loses contrast.
 */
export function buttonColours(accent: string): { bg: string; text: string; hover: string } {
  const white = '#ffffff';
  if (contrastRatio(accent, white) >= 4.6) {
    return { bg: accent, text: white, hover: mix(accent, [0, 0, 0], 0.15) };
  }
  if (contrastRatio(accent, '#000000') >= 7) {
    return { bg: accent, text: '#000000', hover: mix(accent, [255, 255, 255], 0.2) };
  }
  let bg = accent;
  for (let step = 1; step <= 20 && contrastRatio(bg, white) < 4.6; step++) {
    bg = mix(accent, [0, 0, 0], step * 0.05);
  }
  return { bg, text: white, hover: mix(bg, [0, 0, 0], 0.15) };
}

export function isHexColour(value: string | null | undefined): value is string {
  return typeof value === 'string' && HEX.test(value);
}
