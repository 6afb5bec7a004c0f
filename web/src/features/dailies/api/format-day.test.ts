import { describe, expect, it } from 'vitest';
import { dayTotals, formatDayAsText } from './format-day';
import type { DayItem } from './get-day';

const items: DayItem[] = [
  {
    kind: 'job',
    id: 1,
    name: 'Panel swap',
    start: '08:00:00',
    end: '10:30:00',
    ticketNumber: 'T-100',
    buildingName: 'North Plant',
    followup: true,
    changed: false,
  },
  {
    kind: 'task',
    id: 2,
    name: 'Stores run',
    start: '11:00:00',
    end: '11:45:00',
    ticketNumber: null,
    buildingName: null,
    followup: false,
    changed: false,
  },
];

describe('dailies', () => {
  it('totals jobs and tasks', () => {
    expect(dayTotals(items)).toEqual({ jobs: 150, tasks: 45, total: 195 });
  });
  it('formats a day for the clipboard', () => {
    const text = formatDayAsText('dana', '2026-11-25', items);
    expect(text).toContain('Daily for dana — Wed, 25 Nov 2026');
    expect(text).toContain(
      '08:00–10:30  Panel swap [#T-100, North Plant]  2.50 h (follow-up required)',
    );
    expect(text).toContain('11:00–11:45  Stores run [task]  0.75 h');
    expect(text).toContain('Total: 3 h 15 min (3.25 h)');
  });
});
