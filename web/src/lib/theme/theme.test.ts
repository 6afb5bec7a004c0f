import { describe, expect, it } from 'vitest';
import { buttonColours, contrastRatio, readableAccent, resolveColorMode, textOn } from './theme';

describe('theme', () => {
  it('uses the mobile or desktop preference, with the documented defaults', () => {
    const prefs = { mobile: null, desktop: null, highContrast: false, accent: null };
    expect(resolveColorMode(prefs, true)).toBe('dark');
    expect(resolveColorMode(prefs, false)).toBe('light');
    expect(resolveColorMode({ ...prefs, mobile: 'light' }, true)).toBe('light');
  });
  it('picks readable text on the accent', () => {
    expect(textOn('#ffff00')).toBe('#000000');
    expect(textOn('#0b3d91')).toBe('#ffffff');
  });
  it('keeps any accent readable as a link colour', () => {
    expect(contrastRatio(readableAccent('#ffee00', 'light'), '#ffffff')).toBeGreaterThanOrEqual(
      4.5,
    );
    expect(contrastRatio(readableAccent('#001080', 'dark'), '#212529')).toBeGreaterThanOrEqual(4.5);
  });
  it('makes accent buttons readable, hovered too', () => {
    for (const accent of ['#0d6efd', '#ffee00', '#20c997', '#6f42c1', '#777777']) {
      const { bg, text, hover } = buttonColours(accent);
      expect(contrastRatio(bg, text)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(hover, text)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
