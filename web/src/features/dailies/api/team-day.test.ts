import { describe, expect, it } from 'vitest';
import { type TeamActivityRow, teamDay } from './team-day';

const row = (over: Partial<TeamActivityRow>): TeamActivityRow => ({
  kind: 'entry',
  item_id: 1,
  user_id: 1,
  alias: 'tom',
  color: '#0d6efd',
  start_time: '08:00:00',
  end_time: '10:30:00',
  ticket_number: 'T-1',
  building_name: 'North',
  followup_required: false,
  ...over,
});

describe('team dailies', () => {
  it('names only what the reader may open, and totals each member', () => {
    const members = teamDay(
      [
        row({ item_id: 1 }),
        row({ item_id: 2, user_id: 2, alias: 'lee', followup_required: true }),
        row({ item_id: 9, kind: 'task', start_time: '11:00:00', end_time: '11:45:00' }),
        row({
          item_id: 8,
          kind: 'task',
          user_id: 2,
          alias: 'lee',
          start_time: '07:00:00',
          end_time: '07:30:00',
        }),
      ],
      {
        jobs: new Map([[1, { name: 'Panel swap', changed: true }]]),
        tasks: new Map([[9, 'Stores run']]),
      },
    );
    expect(members.map((m) => m.alias)).toEqual(['lee', 'tom']);
    const [lee, tom] = members;
    expect(lee?.items.map((i) => [i.name, i.readable, i.followup])).toEqual([
      ['Task', false, false],
      ['Job', false, true],
    ]);
    expect(lee?.totals).toEqual({ jobs: 150, tasks: 30, total: 180 });
    expect(tom?.items.map((i) => [i.name, i.readable, i.changed])).toEqual([
      ['Panel swap', true, true],
      ['Stores run', true, false],
    ]);
    expect(tom?.totals.total).toBe(195);
  });
});
