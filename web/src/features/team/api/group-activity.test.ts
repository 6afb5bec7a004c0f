import { describe, expect, it } from 'vitest';
import { type ActivityRow, groupByMember } from './group-activity';

const row = (over: Partial<ActivityRow>): ActivityRow => ({
  kind: 'entry',
  item_id: 1,
  user_id: 1,
  alias: 'tom',
  color: '#0d6efd',
  start_time: '08:00:00',
  end_time: '09:00:00',
  ticket_number: 'T-1',
  building_name: 'North',
  ...over,
});

describe('team activity by member', () => {
  it('groups by member (by alias), items in time order, buildings once each', () => {
    const members = groupByMember([
      row({ item_id: 1, start_time: '13:00:00', building_name: 'South' }),
      row({ item_id: 2, user_id: 2, alias: 'lee' }),
      row({ item_id: 3, start_time: '08:00:00' }),
      row({ item_id: 4, kind: 'task', start_time: null, building_name: null }),
      row({ item_id: 5, start_time: '10:00:00' }),
    ]);
    expect(members.map((m) => m.alias)).toEqual(['lee', 'tom']);
    expect(members[1]?.items.map((i) => i.item_id)).toEqual([3, 5, 1, 4]);
    expect(members[1]?.buildings).toEqual(['North', 'South']);
  });
});
