import type pg from 'pg';
import type { RequestTx } from '../db/request-tx';
import { insertUser, type Role, withOwnerTx } from '../users/create-user';

export const DEMO_PASSWORD = 'crewlog-demo';

const PEOPLE: { alias: string; name: string; role: Role; color: string }[] = [
  { alias: 'ada', name: 'Ada Admin', role: 'admin', color: '#6f42c1' },
  { alias: 'mia', name: 'Mia Manager', role: 'manager', color: '#d63384' },
  { alias: 'tom', name: 'Tom Torres', role: 'field', color: '#0d6efd' },
  { alias: 'lee', name: 'Lee Park', role: 'field', color: '#198754' },
  { alias: 'sam', name: 'Sam Okafor', role: 'field', color: '#fd7e14' },
  { alias: 'ria', name: 'Ria Das', role: 'field', color: '#20c997' },
  { alias: 'jon', name: 'Jon Berg', role: 'field', color: '#dc3545' },
  { alias: 'eva', name: 'Eva Lind', role: 'field', color: '#0dcaf0' },
];

const BUILDINGS = [
  {
    name: 'Harbor Medical Center',
    address: '100 Harbor Way',
    devices: [
      ['AHU-1', 'air handler'],
      ['AHU-2', 'air handler'],
      ['FACP-Main', 'fire alarm panel'],
      ['CH-1', 'chiller'],
    ],
  },
  {
    name: 'Riverside Office Park',
    address: '2200 River Rd',
    devices: [
      ['RTU-3', 'rooftop unit'],
      ['BAS-Controller', 'building automation'],
      ['EL-1', 'elevator'],
    ],
  },
  {
    name: 'Northgate School',
    address: '55 Northgate Ave',
    devices: [
      ['Boiler-A', 'boiler'],
      ['FACP-B', 'fire alarm panel'],
      ['VAV-12', 'VAV box'],
    ],
  },
];

const JOBS = [
  'Replace filters',
  'Inspect fire panel',
  'Tune VAV controls',
  'Repair belt drive',
  'Quarterly PM',
  'Investigate alarm',
  'Calibrate sensors',
  'Replace actuator',
];
const TASKS = [
  'Safety training',
  'Van inventory',
  'Team meeting',
  'Parts pickup',
  'Timesheet review',
];

/** A small deterministic generator, so the demo team looks the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface SeedResult {
  created: boolean;
  users: { alias: string; email: string; role: Role }[];
}

/**
 * A living sample: 3 buildings with devices, an admin, a manager and 6 technicians with
 * ~200 entries and tasks over the last 60 days. Users are made by the owner (as the
 * command line makes the first admin); all work is written through the request doorway as
 * its author, so policies and triggers (history, job alerts) run as in real use.
 */
export async function seedDemo(
  owner: pg.Pool,
  withRequestTx: RequestTx,
  encryptionKey: string,
): Promise<SeedResult> {
  const users = PEOPLE.map((p) => ({
    alias: p.alias,
    email: `${p.alias}@example.com`,
    role: p.role,
  }));
  const existing = await owner.query('select 1 from app.users where lower(alias) = $1', ['ada']);
  if (existing.rowCount) return { created: false, users };

  const ids = await withOwnerTx(owner, encryptionKey, async (client) => {
    const out: Record<string, number> = {};
    for (const person of PEOPLE) {
      out[person.alias] = await insertUser(client, {
        email: `${person.alias}@example.com`,
        password: DEMO_PASSWORD,
        name: person.name,
        alias: person.alias,
        role: person.role,
      });
      await client.query('update app.users set user_preferred_color = $1 where user_id = $2', [
        person.color,
        out[person.alias],
      ]);
    }
    return out;
  });
  const as = <T>(alias: string, fn: (c: pg.PoolClient) => Promise<T>) =>
    withRequestTx(
      { role: 'authenticated', claims: { role: 'authenticated', sub: String(ids[alias]) } },
      fn,
    );

  const buildings = await as('mia', async (c) => {
    const out: { id: number; devices: number[] }[] = [];
    for (const b of BUILDINGS) {
      const { rows } = await c.query(
        'insert into api.buildings (building_name, building_address, description) values ($1, $2, $3) returning building_id',
        [b.name, b.address, `Keys at the front desk of ${b.name}`],
      );
      const buildingId = Number(rows[0].building_id);
      const devices: number[] = [];
      for (const [name, type] of b.devices) {
        const d = await c.query(
          'insert into api.devices (building_id, device_name, device_type) values ($1, $2, $3) returning device_id',
          [buildingId, name, type],
        );
        devices.push(Number(d.rows[0].device_id));
      }
      out.push({ id: buildingId, devices });
    }
    return out;
  });

  const rand = random(20261125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const technicians = PEOPLE.filter((p) => p.role === 'field').map((p) => p.alias);
  let ticketNumber = 24000;
  for (const alias of technicians) {
    await as(alias, async (c) => {
      for (let day = 59; day >= 0; day -= 1) {
        if (rand() < 0.55) continue; // not every technician logs every day
        const building = pick(buildings);
        ticketNumber += 1;
        const { rows } = await c.query(
          'insert into api.tickets (ticket_number, building_id) values ($1, $2) returning ticket_id',
          [`WO-${ticketNumber}`, building.id],
        );
        const start = 7 + Math.floor(rand() * 4);
        const hours = 1 + Math.floor(rand() * 4);
        const followup = rand() < 0.12;
        const entry = await c.query(
          `insert into api.ticket_entries (ticket_id, job_name, job_date, job_start_time, job_end_time, job_description,
             job_materials_needed, job_followup_required)
           values ($1, $2, current_date - $3::int, make_time($4, 0, 0), make_time($5, 30, 0), $6, $7, $8) returning entry_id`,
          [
            rows[0].ticket_id,
            pick(JOBS),
            day,
            start,
            start + hours,
            'Routine visit; notes in the log.',
            rand() < 0.1 ? 'Spare belts' : null,
            followup,
          ],
        );
        await c.query('insert into api.entry_devices (entry_id, device_id) values ($1, $2)', [
          entry.rows[0].entry_id,
          pick(building.devices),
        ]);
        if (rand() < 0.35) {
          await c.query(
            `insert into api.ticket_misc_entries (misc_name, misc_start_date, misc_start_time, misc_end_time)
            values ($1, current_date - $2::int, '14:00', '15:00')`,
            [pick(TASKS), day],
          );
        }
      }
    });
  }

  await as('ada', async (c) => {
    await c.query(
      `insert into api.alerts (alert_type, severity, title, message) values ('site', 'info', 'Maintenance window Saturday 22:00', 'Crewlog will be offline for about 15 minutes.')`,
    );
    await c.query(
      `insert into api.notifications (is_site_wide, title, message) values (true, 'Welcome to Crewlog', 'Log your jobs as you go; follow-ups reach your manager automatically.')`,
    );
    await c.query(
      `insert into api.notifications (recipient_user_id, title, message) values ($1, 'Harbor Medical', 'Please check the AHU-2 belt next visit.')`,
      [ids.tom],
    );
  });
  return { created: true, users };
}
