import { describe, expect, it } from 'vitest';
import type { CrewlogExport } from '../exports/export-format';
import { readUpload } from './read-upload';

function sample(): CrewlogExport {
  return {
    format: 'crewlog-export',
    version: 1,
    exported_at: '2026-02-01T00:00:00.000Z',
    profile: {
      user_uuid: '00000000-0000-0000-0000-000000000001',
      name: 'Field One',
      alias: 'field1',
      email: 'field1@example.com',
      user_is_manager: false,
      user_is_admin: false,
      created_at: '2026-01-01T00:00:00.000Z',
    },
    preferences: {
      user_preferred_color: '#0d6efd',
      user_preferred_landing_page: 'dailies',
      user_preferred_light_or_dark_mode_mobile: 'dark',
      user_preferred_light_or_dark_mode_desktop: 'light',
      user_preferred_high_contrast: false,
      user_preferred_enable_alerts: { job: true },
      user_preferred_enable_notifications: { in_app: true },
      user_preferred_timezone: 'America/Los_Angeles',
      user_preferred_profile_picture: null,
    },
    entries: [
      {
        ticket_number: 'T-1',
        building_name: 'North Plant',
        building_address: null,
        job_name: 'Filter',
        job_date: '2026-01-02',
        job_start_time: '08:00:00',
        job_end_time: null,
        job_description: null,
        job_materials_needed: null,
        job_materials_used: null,
        job_access_needed: null,
        job_programming_changes: null,
        job_followup_required: false,
        devices: [],
        created_at: '2026-01-02T08:00:00.000Z',
        updated_at: '2026-01-02T08:00:00.000Z',
      },
    ],
    tasks: [],
    notifications: [],
  };
}

const read = (value: unknown) => readUpload('me.json', Buffer.from(JSON.stringify(value)));

describe('reading a Crewlog JSON file', () => {
  it('accepts an export', async () => {
    const upload = await read(sample());
    expect(upload.format).toBe('json');
  });

  it('refuses unknown fields, wrong types and other versions, naming the place', async () => {
    const unknown = sample();
    Object.assign(unknown.entries[0] as object, { hourly_rate: 90 });
    await expect(read(unknown)).rejects.toThrow(
      /^me\.json: not a Crewlog export: entries\.0: .*hourly_rate/,
    );

    const wrongType = sample();
    Object.assign(wrongType.entries[0] as object, { job_followup_required: 'yes' });
    await expect(read(wrongType)).rejects.toThrow(/entries\.0\.job_followup_required/);

    const badDate = sample();
    Object.assign(badDate.entries[0] as object, { job_date: '02/01/2026' });
    await expect(read(badDate)).rejects.toThrow(/entries\.0\.job_date/);

    await expect(read({ ...sample(), version: 2 })).rejects.toThrow(/version/);
    await expect(read([1, 2, 3])).rejects.toThrow(/not a Crewlog export/);
    await expect(readUpload('empty.json', Buffer.alloc(0))).rejects.toThrow(
      'empty.json: the file is empty',
    );
  });
});
