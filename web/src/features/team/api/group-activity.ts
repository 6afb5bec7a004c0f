/** A row of the `team_activity` view: who worked where and when (no job details). */
export interface ActivityRow {
  kind: 'entry' | 'task';
  item_id: number;
  user_id: number;
  alias: string;
  color: string;
  start_time: string | null;
  end_time: string | null;
  ticket_number: string | null;
  building_name: string | null;
}

export interface MemberDay {
  userId: number;
  alias: string;
  color: string;
  items: ActivityRow[];
  /** Buildings of the day in the order first visited. */
  buildings: string[];
}

const byStart = (a: ActivityRow, b: ActivityRow) =>
  (a.start_time ?? '99').localeCompare(b.start_time ?? '99');

/** The day's rows per member, members by alias, each member's items in time order. */
export function groupByMember(rows: ActivityRow[]): MemberDay[] {
  const members = new Map<number, MemberDay>();
  for (const row of rows) {
    let member = members.get(row.user_id);
    if (!member) {
      member = {
        userId: row.user_id,
        alias: row.alias,
        color: row.color,
        items: [],
        buildings: [],
      };
      members.set(row.user_id, member);
    }
    member.items.push(row);
  }
  const list = [...members.values()];
  for (const member of list) {
    member.items.sort(byStart);
    member.buildings = [
      ...new Set(member.items.flatMap((i) => (i.building_name ? [i.building_name] : []))),
    ];
  }
  return list.sort((a, b) => a.alias.localeCompare(b.alias));
}
