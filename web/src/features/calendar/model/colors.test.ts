import { describe, expect, it } from 'vitest';
import { contrastRatio, personColor, readableTextColor } from './colors';

describe('person colours', () => {
  it('keeps a valid colour and falls back to grey for a missing or malformed one', () => {
    expect(personColor('#0D6EFD')).toBe('#0d6efd');
    expect(personColor(null)).toBe('#6c757d');
    expect(personColor('red; background:url(x)')).toBe('#6c757d');
  });

  it('puts white text on dark colours and black text on light ones', () => {
    expect(readableTextColor('#6f42c1')).toBe('#ffffff'); // purple
    expect(readableTextColor('#003366')).toBe('#ffffff'); // navy
    expect(readableTextColor('#fd7e14')).toBe('#000000'); // orange
    expect(readableTextColor('#0dcaf0')).toBe('#000000'); // cyan
    expect(readableTextColor('#ffffff')).toBe('#000000');
  });

  it('always reaches at least 4.5:1 for the demo team’s colours', () => {
    for (const color of [
      '#6f42c1',
      '#d63384',
      '#0d6efd',
      '#198754',
      '#fd7e14',
      '#20c997',
      '#dc3545',
      '#0dcaf0',
    ]) {
      expect(contrastRatio(color, readableTextColor(color))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
