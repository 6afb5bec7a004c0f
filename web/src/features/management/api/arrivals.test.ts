import { describe, expect, it } from 'vitest';
import { arrivalsSince, describeArrivals } from './arrivals';
import type { TeamAlert } from './team-alerts';

const alert = (alert_id: number, title: string, subject = 3): TeamAlert => ({
  alert_id,
  severity: 'warning',
  title,
  message: null,
  source_table: 'ticket_entries',
  source_id: alert_id * 10,
  subject_user_id: subject,
  created_at: '2026-11-25T08:00:00Z',
  resolved_at: null,
  resolved_by: null,
});

describe('arrivalsSince', () => {
  it('announces nothing on the first look, only remembers the newest', () => {
    expect(arrivalsSince([alert(5, 'a'), alert(2, 'b')], null)).toEqual({
      fresh: [],
      lastSeen: 5,
    });
    expect(arrivalsSince([], null)).toEqual({ fresh: [], lastSeen: 0 });
  });

  it('returns only alerts newer than the last look', () => {
    const rows = [alert(8, 'c'), alert(7, 'b'), alert(5, 'a')];
    const { fresh, lastSeen } = arrivalsSince(rows, 5);
    expect(fresh.map((a) => a.alert_id)).toEqual([8, 7]);
    expect(lastSeen).toBe(8);
  });

  it('does not go back when alerts are resolved and drop out', () => {
    expect(arrivalsSince([alert(3, 'a')], 9)).toEqual({ fresh: [], lastSeen: 9 });
  });
});

describe('describeArrivals', () => {
  const nameOf = (id: number | null) => (id === 3 ? 'tom' : 'lee');
  it('names the alert and its person', () => {
    expect(describeArrivals([alert(8, 'Ticket W-1: follow-up required')], nameOf)).toBe(
      'New job alert: Ticket W-1: follow-up required (tom).',
    );
  });
  it('counts several', () => {
    expect(describeArrivals([alert(8, 'A'), alert(7, 'B', 4)], nameOf)).toBe(
      '2 new job alerts: A (tom); B (lee).',
    );
  });
  it('says nothing for none', () => {
    expect(describeArrivals([], nameOf)).toBe('');
  });
});
