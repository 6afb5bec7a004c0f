/**
 * Turns a history row's `changes` into rows a person reads: field, before, after. The audit
 * trigger stores updates as {field: {old, new}}, inserts and deletes as the whole row, and
 * sign-ins, revocations and similar events as a few facts of their own.
 */

export interface ChangeRow {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface DescribedChanges {
  /** `diff`: before → after; `details`: facts of an event (shown in the "after" column). */
  kind: 'diff' | 'details';
  rows: ChangeRow[];
}

const ENCRYPTED = '[encrypted]';
/** Bookkeeping every row has; it says nothing about what the person changed. */
const NOISE = new Set(['updated_at', 'last_accessed_at']);

const LABELS: Record<string, string> = {
  user_is_admin: 'Administrator',
  user_is_manager: 'Manager',
  user_is_active: 'Active',
  user_is_email_verified: 'Email verified',
  job_changed_flag: 'Changed after creation',
  job_followup_required: 'Follow-up required',
  setting_value: 'Value',
  is_site_wide: 'Site-wide',
};

/** "job_start_time" → "Job start time"; "name_enc" → "Name"; known flags by their meaning. */
export function fieldLabel(field: string): string {
  const known = LABELS[field];
  if (known) return known;
  const words = field
    .replace(/_enc$/, '')
    .replace(/^user_preferred_/, 'preferred_')
    .replace(/_id$/, '_ID')
    .split('_')
    .filter(Boolean)
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A stored value in words; null means "nothing" (shown as an em dash). */
export function formatValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value === ENCRYPTED) return 'encrypted (not shown)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => formatValue(v) ?? '—').join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, v]) => `${fieldLabel(key)}: ${formatValue(v) ?? '—'}`)
      .join('; ');
  }
  return String(value);
}

function isOldNew(value: unknown): value is { old: unknown; new: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('old') && keys.includes('new');
}

const byField = (a: ChangeRow, b: ChangeRow) => a.label.localeCompare(b.label);

export function describeChanges(action: string, changes: unknown): DescribedChanges {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    const value = formatValue(changes);
    return {
      kind: 'details',
      rows: value ? [{ field: 'value', label: 'Value', before: null, after: value }] : [],
    };
  }
  const entries = Object.entries(changes as Record<string, unknown>).filter(
    ([field]) => !NOISE.has(field),
  );
  const row = (field: string, before: unknown, after: unknown): ChangeRow => ({
    field,
    label: fieldLabel(field),
    before: formatValue(before),
    after: formatValue(after),
  });
  if (entries.length > 0 && entries.every(([, value]) => isOldNew(value))) {
    return {
      kind: 'diff',
      rows: entries
        .map(([field, value]) => {
          const { old, new: next } = value as { old: unknown; new: unknown };
          return row(field, old, next);
        })
        .sort(byField),
    };
  }
  if (action === 'insert') {
    return { kind: 'diff', rows: entries.map(([f, v]) => row(f, null, v)).sort(byField) };
  }
  if (action === 'delete') {
    return { kind: 'diff', rows: entries.map(([f, v]) => row(f, v, null)).sort(byField) };
  }
  return { kind: 'details', rows: entries.map(([f, v]) => row(f, null, v)).sort(byField) };
}

/** "Signed in", "Soft delete" … for an action code. */
export function actionLabel(action: string): string {
  const known: Record<string, string> = {
    insert: 'Created',
    update: 'Changed',
    delete: 'Deleted',
    soft_delete: 'Moved to trash',
    restore: 'Restored',
    login: 'Signed in',
    logout: 'Signed out',
    revoke: 'Session ended',
  };
  return known[action] ?? fieldLabel(action);
}
