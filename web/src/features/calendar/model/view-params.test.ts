import { describe, expect, it } from 'vitest';
import { readViewParams, writeViewParams } from './view-params';

describe('calendar view in the address', () => {
  it('reads a known view and a real date', () => {
    expect(readViewParams(new URLSearchParams('view=dayGridMonth&date=2026-03-08'))).toEqual({
      view: 'dayGridMonth',
      date: '2026-03-08',
    });
  });

  it('ignores unknown views and malformed dates', () => {
    expect(readViewParams(new URLSearchParams('view=<script>&date=2026-13-45'))).toEqual({
      view: null,
      date: null,
    });
    expect(readViewParams(new URLSearchParams('date=next tuesday'))).toEqual({
      view: null,
      date: null,
    });
  });

  it('writes the view and date, keeping other parameters', () => {
    const next = writeViewParams(new URLSearchParams('person=4'), 'listWeek', '2026-03-02');
    expect(next.toString()).toBe('person=4&view=listWeek&date=2026-03-02');
  });
});
