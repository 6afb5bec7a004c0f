import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, createTeam, type Team } from '../../../db/tests/team';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { MailMessage as Mail } from '../mail/mailer';
import type { JobRunner } from './job-runner';
import { eventually, startTestRunner } from './testing/job-fixtures';

let db: TestDatabase;
let team: Team;
let runner: JobRunner;
let mail: Mail[];
let earlyNotificationId: number;

const receiptsOf = async (notificationId: unknown) =>
  (
    await db.owner.query<{ user_id: string }>(
      'select user_id from app.notification_receipts where notification_id = $1 order by user_id',
      [notificationId],
    )
  ).rows.map((row) => Number(row.user_id));

const untilReceipts = (notificationId: unknown, count: number) =>
  eventually(async () => {
    const receipts = await receiptsOf(notificationId);
    return receipts.length >= count ? receipts : undefined;
  });

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  // Sent before any queue exists (a freshly migrated database): the job must wait, not vanish.
  const [early] = await team.as(
    'admin1',
    `insert into api.notifications (recipient_user_id, title, message) values ($1, 'Welcome', 'Hello')
     returning notification_id`,
    [team.ids.field2],
  );
  earlyNotificationId = Number(early?.notification_id);
  ({ runner, mail } = await startTestRunner(db, {
    extraTasks: {
      always_fails: async () => {
        throw new Error('the backup disk is full');
      },
    },
  }));
});

afterAll(async () => {
  await runner?.stop();
  await db?.drop();
});

describe('notification fan-out', () => {
  it('runs jobs enqueued before the queue was installed', async () => {
    expect(await untilReceipts(earlyNotificationId, 1)).toEqual([team.ids.field2]);
  });

  it('gives every member of a group one receipt, and emails those who chose email', async () => {
    await db.owner.query(
      `update app.users set user_preferred_enable_notifications = '{"in_app": true, "email": true}' where user_id = $1`,
      [team.ids.field1],
    );
    const [group] = await team.as(
      'admin1',
      `insert into api.groups (group_name) values ('Boiler crew') returning group_id`,
    );
    await team.as(
      'admin1',
      'insert into api.user_groups (user_id, group_id) values ($1, $3), ($2, $3)',
      [team.ids.field1, team.ids.manager2, group?.group_id],
    );
    const [sent] = await team.as(
      'admin1',
      `insert into api.notifications (recipient_group_id, title, message) values ($1, 'Boiler shutdown', 'Friday 6am')
       returning notification_id`,
      [group?.group_id],
    );
    const receipts = await untilReceipts(sent?.notification_id, 2);
    expect(receipts).toEqual([team.ids.field1, team.ids.manager2].sort((a, b) => a - b));
    const email = await eventually(async () => mail.find((m) => m.subject === 'Boiler shutdown'));
    expect(email).toEqual({
      to: 'field1@example.com',
      subject: 'Boiler shutdown',
      text: 'Friday 6am',
    });
    expect(mail.filter((m) => m.subject === 'Boiler shutdown')).toHaveLength(1);
  });

  it('gives every active user a receipt for a site-wide notification, readable as unread', async () => {
    const [sent] = await team.as(
      'admin2',
      `insert into api.notifications (is_site_wide, title, message) values (true, 'Maintenance', 'Tonight')
       returning notification_id`,
    );
    await untilReceipts(sent?.notification_id, 6);
    const unread = await team.as(
      'field2',
      'select count(*)::int as n from api.notifications where read_at is null and notification_id = $1',
      [sent?.notification_id],
    );
    expect(unread[0]?.n).toBe(1);
  });
});

describe('alerts', () => {
  const adminGroupNotification = (alertTitle: string) =>
    eventually(async () => {
      const { rows } = await db.owner.query(
        `select n.notification_id from app.notifications n join app.groups g on g.group_id = n.recipient_group_id
          where g.group_name = 'admin' and n.title like '%' || $1 and n.sender_id is null`,
        [alertTitle],
      );
      return rows[0]?.notification_id;
    });

  it('escalates a security alert to every admin at once', async () => {
    await db.owner.query(
      `insert into app.alerts (alert_type, severity, title) values ('security', 'critical', 'Lock-out of field1')`,
    );
    const notificationId = await adminGroupNotification('Lock-out of field1');
    expect(await untilReceipts(notificationId, 2)).toEqual(
      (['admin1', 'admin2'] as Actor[]).map((a) => team.ids[a]).sort((a, b) => a - b),
    );
  });

  it('escalates a job alert left unresolved for 24 hours to the managers, once', async () => {
    const { rows } = await db.owner.query(
      `insert into app.alerts (alert_type, title, subject_user_id, created_at)
       values ('job', 'Ticket T-9: follow-up required', $1, now() - interval '25 hours') returning alert_id`,
      [team.ids.field1],
    );
    const client = await db.owner.connect();
    try {
      await client.query(`select set_config('app.settings.encryption_key', $1, false)`, [
        db.settings.encryption_key,
      ]);
      expect((await client.query('select app.escalate_stale_alerts() as n')).rows[0].n).toBe(1);
      expect((await client.query('select app.escalate_stale_alerts() as n')).rows[0].n).toBe(0);
    } finally {
      client.release(true);
    }
    const { rows: notes } = await db.owner.query(
      `select g.group_name from app.notifications n join app.groups g on g.group_id = n.recipient_group_id
        where n.title like '%Ticket T-9%'`,
    );
    expect(notes).toEqual([{ group_name: 'manager' }]);
    const [alert] = (
      await db.owner.query('select escalated_at from app.alerts where alert_id = $1', [
        rows[0].alert_id,
      ])
    ).rows;
    expect(alert.escalated_at).not.toBeNull();
  });
});

describe('failed jobs', () => {
  it('retry with backoff, show in the admin’s job status, and become a system alert when they give up', async () => {
    await db.owner.query(`select graphile_worker.add_job('always_fails', '{}', max_attempts => 2)`);
    const retrying = await eventually(async () => {
      const rows = await team.as(
        'admin1',
        `select * from api.job_status() where task_identifier = 'always_fails'`,
      );
      return Number(rows[0]?.retrying) === 1 ? rows[0] : undefined;
    });
    expect(retrying?.last_error).toContain('the backup disk is full');
    const alert = await eventually(async () => {
      const rows = await team.as(
        'admin2',
        `select title, severity, message from api.alerts where alert_type = 'system' and source_table = 'graphile_worker.jobs'`,
      );
      return rows[0];
    }, 15_000);
    expect(alert).toEqual({
      title: 'Background job failed: always_fails',
      severity: 'critical',
      message: 'the backup disk is full',
    });
    const failed = await team.as(
      'admin1',
      `select failed from api.job_status() where task_identifier = 'always_fails'`,
    );
    expect(Number(failed[0]?.failed)).toBe(1);
    const { error } = await team.attempt('manager1', 'select * from api.job_status()');
    expect(error?.code).toBe('42501');
    expect(
      await team.as('manager1', `select title from api.alerts where alert_type = 'system'`),
    ).toEqual([]);
  });
});

describe('cron tasks’ functions', () => {
  it('end idle sessions and purge old login attempts', async () => {
    await db.owner.query(
      `insert into app.user_sessions (user_id, is_active, last_accessed_at) values ($1, true, now() - interval '25 hours'), ($1, true, now())`,
      [team.ids.field1],
    );
    await db.owner.query(
      `insert into app.login_attempts (succeeded, attempted_at) values (false, now() - interval '31 days'), (false, now())`,
    );
    expect((await db.owner.query('select app.expire_idle_sessions() as n')).rows[0].n).toBe(1);
    expect((await db.owner.query('select app.purge_login_attempts() as n')).rows[0].n).toBe(1);
  });
});
