import { describe, expect, it } from 'vitest';
import { actionLabel, describeChanges, fieldLabel, formatValue } from './describe-changes';

describe('describeChanges', () => {
  it('shows an update field by field, old → new, without bookkeeping columns', () => {
    const described = describeChanges('update', {
      job_start_time: { old: '08:00:00', new: '09:15:00' },
      job_name_enc: { old: '[encrypted]', new: '[encrypted]' },
      job_followup_required: { old: false, new: true },
      updated_at: { old: '2026-01-01T08:00:00Z', new: '2026-01-01T09:00:00Z' },
    });
    expect(described).toEqual({
      kind: 'diff',
      rows: [
        { field: 'job_followup_required', label: 'Follow-up required', before: 'No', after: 'Yes' },
        {
          field: 'job_name_enc',
          label: 'Job name',
          before: 'encrypted (not shown)',
          after: 'encrypted (not shown)',
        },
        {
          field: 'job_start_time',
          label: 'Job start time',
          before: '08:00:00',
          after: '09:15:00',
        },
      ],
    });
  });

  it('shows a created row as values that appeared, and a deleted one as values that went', () => {
    const created = describeChanges('insert', { group_name: 'North crew', group_id: 7 });
    expect(created.rows).toEqual([
      { field: 'group_id', label: 'Group ID', before: null, after: '7' },
      { field: 'group_name', label: 'Group name', before: null, after: 'North crew' },
    ]);
    const deleted = describeChanges('delete', { group_name: 'North crew' });
    expect(deleted.rows).toEqual([
      { field: 'group_name', label: 'Group name', before: 'North crew', after: null },
    ]);
  });

  it('lists the facts of an event such as a revoked session', () => {
    expect(describeChanges('revoke', { user_id: 4, reason: 'revoked_by_admin' })).toEqual({
      kind: 'details',
      rows: [
        { field: 'reason', label: 'Reason', before: null, after: 'revoked_by_admin' },
        { field: 'user_id', label: 'User ID', before: null, after: '4' },
      ],
    });
  });

  it('treats a role change as the before/after it is', () => {
    const described = describeChanges('update', {
      user_is_admin: { old: true, new: false },
    });
    expect(described.rows[0]).toMatchObject({ label: 'Administrator', before: 'Yes', after: 'No' });
  });

  it('copes with empty or malformed changes', () => {
    expect(describeChanges('register', {})).toEqual({ kind: 'details', rows: [] });
    expect(describeChanges('update', null)).toEqual({ kind: 'details', rows: [] });
    expect(describeChanges('update', 'odd')).toEqual({
      kind: 'details',
      rows: [{ field: 'value', label: 'Value', before: null, after: 'odd' }],
    });
  });
});

describe('formatValue', () => {
  it('renders nested preferences and lists in words', () => {
    expect(formatValue({ job: true, security: false })).toBe('Job: Yes; Security: No');
    expect(formatValue([1, null, 'x'])).toBe('1, —, x');
    expect(formatValue('')).toBe('(empty)');
    expect(formatValue(null)).toBeNull();
  });
});

describe('labels', () => {
  it('names fields and actions for people', () => {
    expect(fieldLabel('user_preferred_timezone')).toBe('Preferred timezone');
    expect(fieldLabel('user_is_active')).toBe('Active');
    expect(actionLabel('soft_delete')).toBe('Moved to trash');
    expect(actionLabel('password_change')).toBe('Password change');
  });
});
