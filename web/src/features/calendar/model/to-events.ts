import type { EventInput } from '@fullcalendar/core';
import type { ActivityRow, EntryRow, ItemKind, TaskRow } from '../api/types';
import { personColor, readableTextColor } from './colors';
import { toCalendarDateTime, type WallTimes } from './wall-clock';

/** What the calendar keeps on each event, to save a move and to open the item. */
export interface ItemProps {
  kind: ItemKind;
  itemId: number;
  ownerId: number;
  times: WallTimes;
  /** The item's page, when the API let the viewer read the item itself. */
  href: string | null;
}

function itemPath(kind: ItemKind, id: number): string {
  return kind === 'entry' ? `/jobs/${id}` : `/tasks/${id}`;
}

function placement(times: WallTimes): Pick<EventInput, 'start' | 'end' | 'allDay'> {
  if (!times.start) return { start: times.date, allDay: true };
  return {
    start: toCalendarDateTime(times.date, times.start),
    ...(times.end ? { end: toCalendarDateTime(times.date, times.end) } : {}),
    allDay: false,
  };
}

interface ItemEvent {
  kind: ItemKind;
  id: number;
  ownerId: number;
  title: string;
  times: WallTimes;
  color: string | null | undefined;
  readable: boolean;
  viewerId: number | null;
}

function toEvent(item: ItemEvent): EventInput {
  const color = personColor(item.color);
  const own = item.viewerId !== null && item.ownerId === item.viewerId;
  const timed = item.times.start !== null;
  const href = item.readable ? itemPath(item.kind, item.id) : null;
  const extendedProps: ItemProps = {
    kind: item.kind,
    itemId: item.id,
    ownerId: item.ownerId,
    times: item.times,
    href,
  };
  return {
    id: `${item.kind}-${item.id}`,
    title: item.title,
    ...placement(item.times),
    ...(href ? { url: href } : {}),
    // An event the viewer cannot open is plain text, not a focus stop that does nothing.
    interactive: href !== null,
    backgroundColor: color,
    borderColor: color,
    textColor: readableTextColor(color),
    // Only the author may move their work; the database refuses anyone else anyway.
    editable: own,
    startEditable: own,
    durationEditable: own && timed,
    classNames: [own ? 'calendar-event-own' : 'calendar-event-other', `calendar-${item.kind}`],
    extendedProps,
  };
}

const entryTitle = (row: EntryRow) => row.job_name?.trim() || `Job #${row.entry_id}`;
const taskTitle = (row: TaskRow) => row.misc_name?.trim() || `Task #${row.entry_id}`;

/** My own entries and tasks, in my colour. */
export function myEvents(
  entries: EntryRow[],
  tasks: TaskRow[],
  viewerId: number | null,
  color: string | null | undefined,
): EventInput[] {
  return [
    ...entries.map((row) =>
      toEvent({
        kind: 'entry',
        id: row.entry_id,
        ownerId: row.user_id,
        title: entryTitle(row),
        times: { date: row.job_date, start: row.job_start_time, end: row.job_end_time },
        color,
        readable: true,
        viewerId,
      }),
    ),
    ...tasks.map((row) =>
      toEvent({
        kind: 'task',
        id: row.entry_id,
        ownerId: row.user_id,
        title: taskTitle(row),
        times: { date: row.misc_start_date, start: row.misc_start_time, end: row.misc_end_time },
        color,
        readable: true,
        viewerId,
      }),
    ),
  ];
}

function whereTitle(row: ActivityRow): string {
  if (row.kind === 'task') return 'Misc task';
  const ticket = row.ticket_number ? ` (${row.ticket_number})` : '';
  return `${row.building_name ?? 'Job'}${ticket}`;
}

/**
 * The team's work: who, where and when from `team_activity`; the job's own name and a link
 * only where the API also returned the entry or task itself to this viewer.
 */
export function teamEvents(
  activity: ActivityRow[],
  entries: Pick<EntryRow, 'entry_id' | 'job_name'>[],
  tasks: Pick<TaskRow, 'entry_id' | 'misc_name'>[],
  viewerId: number | null,
): EventInput[] {
  const entryNames = new Map(entries.map((e) => [e.entry_id, e.job_name]));
  const taskNames = new Map(tasks.map((t) => [t.entry_id, t.misc_name]));
  return activity.map((row) => {
    const names = row.kind === 'entry' ? entryNames : taskNames;
    const readable = names.has(row.item_id);
    const detail = names.get(row.item_id)?.trim();
    const where = whereTitle(row);
    const what = detail ? (row.kind === 'entry' ? `${detail} · ${where}` : detail) : where;
    return toEvent({
      kind: row.kind,
      id: row.item_id,
      ownerId: row.user_id,
      title: `${row.alias}: ${what}`,
      times: { date: row.work_date, start: row.start_time, end: row.end_time },
      color: row.color,
      readable,
      viewerId,
    });
  });
}
