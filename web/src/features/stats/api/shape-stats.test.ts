import { describe, expect, it } from 'vitest';
import { fillDays, memberPoints, sumHours, toNumber, weekPoints, workedDays } from './shape-stats';

describe('statistics shaping', () => {
  it('fills every day of the range, zero where nothing was logged', () => {
    const points = fillDays(
      [
        { work_date: '2026-03-02', entry_hours: '2.50', task_hours: 0 },
        { work_date: '2026-03-04', entry_hours: 1, task_hours: '0.75' },
      ],
      { from: '2026-03-01', to: '2026-03-04' },
    );
    expect(points.map((p) => [p.key, p.jobs, p.tasks])).toEqual([
      ['2026-03-01', 0, 0],
      ['2026-03-02', 2.5, 0],
      ['2026-03-03', 0, 0],
      ['2026-03-04', 1, 0.75],
    ]);
    expect(workedDays(points).map((p) => p.key)).toEqual(['2026-03-02', '2026-03-04']);
    expect(points[1]?.label).toBe('Mon, 2 Mar 2026');
  });

  it('sums hours in hundredths, without floating-point drift', () => {
    const points = Array.from({ length: 10 }, (_, i) => ({
      key: String(i),
      label: '',
      jobs: 0.1,
      tasks: 0.07,
    }));
    expect(sumHours(points)).toEqual({ jobs: 1, tasks: 0.7, total: 1.7 });
  });

  it('labels weeks and members, and reads numbers sent as strings', () => {
    expect(
      weekPoints([{ week_start: '2026-03-02', entry_hours: '4.00', task_hours: '0.75' }]),
    ).toEqual([{ key: '2026-03-02', label: 'Week of Mon, 2 Mar 2026', jobs: 4, tasks: 0.75 }]);
    expect(
      memberPoints([
        { user_id: 7, alias: 'tom', color: '#000000', entry_hours: '1.25', task_hours: 0 },
      ]),
    ).toEqual([{ key: '7', label: 'tom', jobs: 1.25, tasks: 0 }]);
    expect(toNumber('x')).toBe(0);
    expect(toNumber(null)).toBe(0);
  });
});
