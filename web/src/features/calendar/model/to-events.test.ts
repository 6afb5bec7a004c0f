import { describe, expect, it } from 'vitest';
import type { ActivityRow, EntryRow, TaskRow } from '../api/types';
import { type ItemProps, myEvents, teamEvents } from './to-events';

const entry: EntryRow = {
  entry_id: 11,
  user_id: 3,
  job_name: 'Replace AHU belt',
  job_date: '2026-03-08',
  job_start_time: '08:00:00',
  job_end_time: '10:30:00',
};
const task: TaskRow = {
  entry_id: 21,
  user_id: 3,
  misc_name: 'Van inventory',
  misc_start_date: '2026-03-09',
  misc_start_time: null,
  misc_end_time: null,
};
const activity = (over: Partial<ActivityRow>): ActivityRow => ({
  kind: 'entry',
  item_id: 11,
  user_id: 3,
  alias: 'tom',
  color: '#0dcaf0',
  work_date: '2026-03-08',
  start_time: '08:00:00',
  end_time: '10:30:00',
  ticket_number: 'WO-1',
  building_id: 1,
  building_name: 'Harbor Medical',
  ...over,
});

describe('my events', () => {
  it('maps entries and tasks to timed and all-day events in my colour, linked to their pages', () => {
    const [job, misc] = myEvents([entry], [task], 3, '#fd7e14');
    expect(job).toMatchObject({
      id: 'entry-11',
      title: 'Replace AHU belt',
      start: '2026-03-08T08:00:00',
      end: '2026-03-08T10:30:00',
      allDay: false,
      url: '/jobs/11',
      backgroundColor: '#fd7e14',
      borderColor: '#fd7e14',
      textColor: '#000000',
      editable: true,
      durationEditable: true,
    });
    expect((job?.extendedProps as ItemProps | undefined)?.times).toEqual({
      date: '2026-03-08',
      start: '08:00:00',
      end: '10:30:00',
    });
    expect(misc).toMatchObject({
      id: 'task-21',
      start: '2026-03-09',
      allDay: true,
      url: '/tasks/21',
      editable: true,
      // Without times there is nothing to stretch.
      durationEditable: false,
    });
  });

  it('names an untitled item and keeps a start without an end', () => {
    const [job] = myEvents([{ ...entry, job_name: '  ', job_end_time: null }], [], 3, null);
    expect(job?.title).toBe('Job #11');
    expect(job?.end).toBeUndefined();
    expect(job?.backgroundColor).toBe('#6c757d');
    expect(job?.textColor).toBe('#ffffff');
  });
});

describe('team events', () => {
  it('lets me move only my own work', () => {
    const events = teamEvents(
      [activity({}), activity({ item_id: 12, user_id: 4, alias: 'lee', color: '#6f42c1' })],
      [{ entry_id: 11, job_name: 'Replace AHU belt' }],
      [],
      3,
    );
    expect(events.map((e) => [e.id, e.editable, e.startEditable])).toEqual([
      ['entry-11', true, true],
      ['entry-12', false, false],
    ]);
    expect(events[1]?.classNames).toContain('calendar-event-other');
    expect(events[1]?.textColor).toBe('#ffffff');
  });

  it('shows who, where and when, and the job itself only where the API returned it', () => {
    const [mine, theirs, theirTask] = teamEvents(
      [
        activity({}),
        activity({ item_id: 12, user_id: 4, alias: 'lee' }),
        activity({ kind: 'task', item_id: 30, user_id: 4, alias: 'lee', building_name: null }),
      ],
      [{ entry_id: 11, job_name: 'Replace AHU belt' }],
      [],
      3,
    );
    expect(mine).toMatchObject({
      title: 'tom: Replace AHU belt · Harbor Medical (WO-1)',
      url: '/jobs/11',
    });
    expect(theirs?.title).toBe('lee: Harbor Medical (WO-1)');
    expect(theirs?.url).toBeUndefined();
    expect(theirs?.interactive).toBe(false);
    expect(theirTask).toMatchObject({ title: 'lee: Misc task', interactive: false });
  });

  it('gives a manager, who may read everyone’s tasks, their names and links', () => {
    const [task] = teamEvents(
      [activity({ kind: 'task', item_id: 30, user_id: 4, alias: 'lee' })],
      [],
      [{ entry_id: 30, misc_name: 'Safety training' }],
      9,
    );
    expect(task).toMatchObject({
      title: 'lee: Safety training',
      url: '/tasks/30',
      editable: false,
    });
  });

  it('treats a signed-out viewer as owning nothing', () => {
    const [event] = teamEvents([activity({})], [], [], null);
    expect(event?.editable).toBe(false);
  });
});
