import { describe, expect, it } from 'vitest';
import type { ActivityRow } from './activity';
import { hoursBy, totalMinutes } from './aggregate';

const row = (over: Partial<ActivityRow>): ActivityRow => ({
  kind: 'entry',
  item_id: 1,
  user_id: 1,
  work_date: '2026-11-25',
  start_time: '08:00',
  end_time: '09:00',
  ticket_number: 'A1',
  building_name: 'North',
  followup_required: false,
  ...over,
});

describe('summary aggregates', () => {
  const rows = [
    row({}),
    row({ ticket_number: 'B2', end_time: '11:00' }),
    row({ ticket_number: 'A1', building_name: 'North', start_time: '13:00', end_time: '13:30' }),
    row({ kind: 'task', ticket_number: null, building_name: null }),
  ];
  it('sums hours per ticket and per building', () => {
    expect(hoursBy(rows, 'ticket')).toEqual([
      { key: '#B2', minutes: 180, items: 1 },
      { key: '#A1', minutes: 90, items: 2 },
      { key: 'Misc tasks', minutes: 60, items: 1 },
    ]);
    expect(hoursBy(rows, 'building')[0]).toEqual({ key: 'North', minutes: 270, items: 3 });
    expect(totalMinutes(rows)).toBe(330);
  });
});
