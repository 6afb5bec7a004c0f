import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installJobQueue } from '../../server/src/jobs/job-queue-schema';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database';
import { type Actor, createTeam, type Team } from './team';

// The Administration page's database side (migrations 0055–0058), through the API roles:
// an admin may, managers and field users are refused with 42501, and hostile input gets a
// clear error instead of a change.

let db: TestDatabase;
let team: Team;

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
});
afterAll(async () => {
  await db?.drop();
});

const NOBODY = 987_654_321;

async function flags(actor: Actor) {
  const { rows } = await db.owner.query(
    'select user_is_admin, user_is_manager, user_is_active from app.users where user_id = $1',
    [team.ids[actor]],
  );
  return rows[0];
}

/** A live session for the actor, as a login would leave it. */
async function startSession(actor: Actor): Promise<string> {
  const { rows } = await db.owner.query(
    `insert into app.user_sessions (user_id, is_active, device_info) values ($1, true, 'test device')
     returning session_id`,
    [team.ids[actor]],
  );
  return String(rows[0]?.session_id);
}

async function liveSessions(actor: Actor): Promise<number> {
  const { rows } = await db.owner.query(
    `select count(*)::int as n from app.user_sessions
      where user_id = $1 and is_active and revoked_at is null`,
    [team.ids[actor]],
  );
  return Number(rows[0]?.n);
}

describe.each(['manager1', 'field1'] as const)('%s is refused', (actor) => {
  it.each([
    ['set_user_role', `select api.set_user_role($1, 'admin')`, true],
    ['set_user_active', 'select api.set_user_active($1, false)', true],
    ['revoke_user_sessions', 'select api.revoke_user_sessions($1)', true],
    ['issue_terms_update', `select api.issue_terms_update('New terms')`, false],
    ['history_facets', 'select * from api.history_facets()', false],
    ['system_status', 'select * from api.system_status()', false],
  ])('%s', async (_name, sql, takesUser) => {
    const { error } = await team.attempt(actor, sql, takesUser ? [team.ids.field2] : []);
    expect(error?.code).toBe('42501');
    expect(error?.message).toMatch(/only an administrator/);
  });

  it('cannot promote itself through PATCH /users either', async () => {
    const { error } = await team.attempt(
      actor,
      'update api.users set user_is_admin = true where user_id = $1',
      [team.ids[actor]],
    );
    expect(error?.code).toBe('42501');
    expect((await flags(actor))?.user_is_admin).toBe(false);
  });
});

describe('set_user_role', () => {
  it('lets an admin make a field user a manager, then an admin, then field again', async () => {
    for (const role of ['manager', 'admin', 'field']) {
      const [row] = await team.as('admin1', 'select api.set_user_role($1, $2) as role', [
        team.ids.field2,
        role,
      ]);
      expect(row?.role).toBe(role);
    }
    expect(await flags('field2')).toEqual({
      user_is_admin: false,
      user_is_manager: false,
      user_is_active: true,
    });
    const history = await team.as(
      'admin1',
      `select changes from api.history where table_name = 'users' and record_id = $1
        and action = 'update' and changes ? 'user_is_admin' order by history_id`,
      [String(team.ids.field2)],
    );
    expect(history.map((h) => h.changes.user_is_admin)).toEqual([
      { old: false, new: true },
      { old: true, new: false },
    ]);
  });

  it('refuses an unknown role, an unknown user and a user id that is not a number', async () => {
    const role = await team.attempt('admin1', `select api.set_user_role($1, 'owner')`, [
      team.ids.field2,
    ]);
    expect(role.error?.code).toBe('22023');
    const nullRole = await team.attempt('admin1', 'select api.set_user_role($1, null)', [
      team.ids.field2,
    ]);
    expect(nullRole.error?.code).toBe('22023');
    const unknown = await team.attempt('admin1', `select api.set_user_role($1, 'admin')`, [NOBODY]);
    expect(unknown.error?.code).toBe('PT404');
    const notNumber = await team.attempt('admin1', `select api.set_user_role($1, 'admin')`, [
      '1; drop table app.users',
    ]);
    expect(notNumber.error?.code).toBe('22P02');
  });

  it('never lets an admin demote themselves', async () => {
    const { error } = await team.attempt('admin1', `select api.set_user_role($1, 'manager')`, [
      team.ids.admin1,
    ]);
    expect(error?.code).toBe('42501');
    expect((await flags('admin1'))?.user_is_admin).toBe(true);
  });
});

describe('set_user_active', () => {
  it('deactivates a user, ends their sessions, and they can no longer use the API', async () => {
    await startSession('field1');
    await startSession('field1');
    const [row] = await team.as('admin1', 'select api.set_user_active($1, false) as ended', [
      team.ids.field1,
    ]);
    expect(row?.ended).toBe(2);
    expect(await liveSessions('field1')).toBe(0);
    const refused = await team.attempt('field1', 'select 1');
    expect(refused.error?.code).toBe('PT401');
    const revokes = await team.as(
      'admin1',
      `select changes->>'reason' as reason from api.history
        where table_name = 'user_sessions' and action = 'revoke' and changes->>'user_id' = $1`,
      [String(team.ids.field1)],
    );
    expect(revokes.map((r) => r.reason)).toEqual(['revoked_by_admin', 'revoked_by_admin']);

    const [back] = await team.as('admin1', 'select api.set_user_active($1, true) as ended', [
      team.ids.field1,
    ]);
    expect(back?.ended).toBe(0);
    expect((await team.attempt('field1', 'select 1')).error).toBeUndefined();
  });

  it('refuses to let an admin deactivate themselves, by function or by PATCH', async () => {
    const byFunction = await team.attempt('admin1', 'select api.set_user_active($1, false)', [
      team.ids.admin1,
    ]);
    expect(byFunction.error?.code).toBe('PT409');
    expect(byFunction.error?.message).toMatch(/your own administrator account/);
    const byPatch = await team.attempt(
      'admin1',
      'update api.users set user_is_active = false where user_id = $1',
      [team.ids.admin1],
    );
    expect(byPatch.error?.code).toBe('PT409');
    expect((await flags('admin1'))?.user_is_active).toBe(true);
  });

  it('refuses an unknown user and a missing answer', async () => {
    const unknown = await team.attempt('admin1', 'select api.set_user_active($1, false)', [NOBODY]);
    expect(unknown.error?.code).toBe('PT404');
    const missing = await team.attempt('admin1', 'select api.set_user_active($1, null)', [
      team.ids.field2,
    ]);
    expect(missing.error?.code).toBe('22023');
    const notBoolean = await team.attempt('admin1', 'select api.set_user_active($1, $2)', [
      team.ids.field2,
      'perhaps',
    ]);
    expect(notBoolean.error?.code).toBe('22P02');
  });
});

describe('the last active administrator', () => {
  it('survives two admins demoting each other at the same moment', async () => {
    let releaseFirst: () => void = () => {};
    const firstHolds = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let firstUpdated: () => void = () => {};
    const firstDidUpdate = new Promise<void>((resolve) => {
      firstUpdated = resolve;
    });
    const asAdmin = (actor: Actor) => ({
      role: 'authenticated',
      claims: { role: 'authenticated', sub: String(team.ids[actor]) },
    });
    const first = db.withRequestTx(asAdmin('admin1'), async (client) => {
      await client.query(`select api.set_user_role($1, 'field')`, [team.ids.admin2]);
      firstUpdated();
      await firstHolds;
    });
    await firstDidUpdate;
    const second = db
      .withRequestTx(asAdmin('admin2'), (client) =>
        client.query(`select api.set_user_role($1, 'field')`, [team.ids.admin1]),
      )
      .then(
        () => undefined,
        (error: { code?: string }) => error.code,
      );
    // The second waits for the first's lock; give it time to get there.
    await new Promise((resolve) => setTimeout(resolve, 300));
    releaseFirst();
    await first;
    expect(await second).toBe('PT409');
    expect((await flags('admin1'))?.user_is_admin).toBe(true);
    expect((await flags('admin2'))?.user_is_admin).toBe(false);
    await team.as('admin1', `select api.set_user_role($1, 'admin')`, [team.ids.admin2]);
  });
});

describe('revoke_user_sessions', () => {
  it('signs a user out everywhere and says how many sessions ended', async () => {
    await startSession('manager2');
    await startSession('manager2');
    const [row] = await team.as('admin2', 'select api.revoke_user_sessions($1) as ended', [
      team.ids.manager2,
    ]);
    expect(row?.ended).toBe(2);
    expect(await liveSessions('manager2')).toBe(0);
  });

  it('keeps the admin’s own current session when they revoke their own', async () => {
    const current = await startSession('admin2');
    await startSession('admin2');
    const ended = await db.withRequestTx(
      {
        role: 'authenticated',
        claims: { role: 'authenticated', sub: String(team.ids.admin2), sid: current },
      },
      async (client) =>
        (await client.query('select api.revoke_user_sessions($1) as ended', [team.ids.admin2]))
          .rows[0]?.ended,
    );
    expect(ended).toBe(1);
    const { rows } = await db.owner.query(
      'select session_id from app.user_sessions where user_id = $1 and revoked_at is null',
      [team.ids.admin2],
    );
    expect(rows.map((r) => r.session_id)).toEqual([current]);
  });

  it('refuses an unknown user', async () => {
    const { error } = await team.attempt('admin1', 'select api.revoke_user_sessions($1)', [NOBODY]);
    expect(error?.code).toBe('PT404');
  });
});

describe('issue_terms_update', () => {
  const termsRequired = async (actor: Actor) => {
    const { rows } = await db.owner.query(
      `select u.terms_version_agreed is distinct from (s.setting_value #>> '{}') as required
         from app.users u, app.site_settings s
        where s.setting_key = 'terms_version' and u.user_id = $1`,
      [team.ids[actor]],
    );
    return rows[0]?.required;
  };

  it('moves the terms version, tells everyone with a site alert, and logs it', async () => {
    expect(await termsRequired('field2')).toBe(false);
    const [row] = await team.as(
      'admin1',
      `select api.issue_terms_update('Terms updated', 'Please read section 4') as version`,
    );
    expect(row?.version).toBe('2');
    expect(await termsRequired('field2')).toBe(true);
    expect(await termsRequired('admin1')).toBe(true);
    const alerts = await team.as(
      'field2',
      `select alert_type, title, message from api.alerts where title = 'Terms updated'`,
    );
    expect(alerts).toEqual([
      { alert_type: 'site', title: 'Terms updated', message: 'Please read section 4' },
    ]);
    const history = await team.as(
      'admin1',
      `select changes->'setting_value' as change, user_id from api.history
        where table_name = 'site_settings' and record_id = 'terms_version'`,
    );
    expect(history).toEqual([{ change: { old: '1', new: '2' }, user_id: String(team.ids.admin1) }]);
  });

  it('refuses an empty title or an oversized message, and moves nothing', async () => {
    const empty = await team.attempt('admin1', `select api.issue_terms_update('   ')`);
    expect(empty.error?.code).toBe('23514');
    const huge = await team.attempt('admin1', 'select api.issue_terms_update($1, $2)', [
      'Terms',
      'x'.repeat(4001),
    ]);
    expect(huge.error?.code).toBe('23514');
    const [setting] = await team.as(
      'admin1',
      `select setting_value from api.site_settings where setting_key = 'terms_version'`,
    );
    expect(setting?.setting_value).toBe('2');
  });

  it('numbers a hand-set version that is not a whole number by the time', async () => {
    const [row] = await team.as(
      'admin1',
      `select app.next_terms_version('2025-08', '2026-01-02T03:04:05Z') as version`,
    );
    expect(row?.version).toBe('20260102T030405');
  });
});

describe('history_facets', () => {
  it('lists the tables and actions the log holds, with counts', async () => {
    const rows = await team.as('admin1', 'select * from api.history_facets()');
    const users = rows.find((r) => r.facet === 'table' && r.value === 'users');
    expect(Number(users?.entries)).toBeGreaterThan(0);
    expect(rows.some((r) => r.facet === 'action' && r.value === 'update')).toBe(true);
  });
});

describe('system_status', () => {
  it('tells an admin the size, versions, queue and sessions', async () => {
    const [status] = await team.as('admin1', 'select * from api.system_status()');
    expect(Number(status?.database_size_bytes)).toBeGreaterThan(1_000_000);
    expect(status?.postgres_version).toMatch(/^\d+/);
    expect(status?.schema_version).toBeGreaterThanOrEqual(58);
    expect(status?.crewlog_version).toBeNull();
    expect(Number(status?.active_users)).toBe(6);
  });

  it('counts queued and failed jobs once the queue exists', async () => {
    await installJobQueue(db.ownerUrl, pino({ level: 'silent' }));
    await db.owner.query(
      `select graphile_worker.add_job('admin_status_probe', '{}'::json),
              graphile_worker.add_job('admin_status_probe', '{}'::json, max_attempts => 1)`,
    );
    await db.owner.query(
      `update graphile_worker._private_jobs set attempts = max_attempts, last_error = 'disk full'
        where max_attempts = 1`,
    );
    const [status] = await team.as('admin1', 'select * from api.system_status()');
    expect(Number(status?.jobs_queued)).toBeGreaterThanOrEqual(1);
    expect(Number(status?.jobs_failed)).toBe(1);
    expect(status?.oldest_queued_at).not.toBeNull();
  });
});
