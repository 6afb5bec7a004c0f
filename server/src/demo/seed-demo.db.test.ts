import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  TEST_ENCRYPTION_KEY,
  type TestDatabase,
} from '../../test/test-database';
import { seedDemo } from './seed-demo';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

describe('seed-demo', () => {
  it('creates a living team once, through the same rules as real use', async () => {
    const first = await seedDemo(db.owner, db.withRequestTx, TEST_ENCRYPTION_KEY);
    expect(first.created).toBe(true);
    const counts = await db.owner.query(`select
      (select count(*) from app.users)::int as users,
      (select count(*) from app.users where user_is_admin)::int as admins,
      (select count(*) from app.users where user_is_manager)::int as managers,
      (select count(*) from app.buildings)::int as buildings,
      (select count(*) from app.devices)::int as devices,
      (select count(*) from app.ticket_entries)::int + (select count(*) from app.ticket_misc_entries)::int as work,
      (select count(*) from app.alerts where alert_type = 'job')::int as job_alerts,
      (select count(*) from app.notifications)::int as notifications,
      (select min(job_date) from app.ticket_entries) >= current_date - 59 as within_60_days`);
    const c = counts.rows[0];
    expect(c).toMatchObject({
      users: 8,
      admins: 1,
      managers: 1,
      buildings: 3,
      notifications: 2,
      within_60_days: true,
    });
    expect(c.devices).toBeGreaterThanOrEqual(9);
    expect(c.work).toBeGreaterThan(150);
    expect(c.work).toBeLessThan(300);
    expect(c.job_alerts).toBeGreaterThan(0);
    const history = await db.owner.query(
      `select count(*)::int as n from app.history where table_name = 'ticket_entries' and action = 'insert'`,
    );
    expect(history.rows[0].n).toBeGreaterThan(100);
    const again = await seedDemo(db.owner, db.withRequestTx, TEST_ENCRYPTION_KEY);
    expect(again.created).toBe(false);
  });
});
