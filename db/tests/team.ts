import type pg from 'pg';
import { RollbackSignal } from '../../server/src/db/request-tx';
import { insertUser, type Role, withOwnerTx } from '../../server/src/users/create-user';
import { TEST_ENCRYPTION_KEY, type TestDatabase } from '../../server/test/test-database';

export type Actor = 'field1' | 'field2' | 'manager1' | 'manager2' | 'admin1' | 'admin2';
export const ACTORS: Actor[] = ['field1', 'field2', 'manager1', 'manager2', 'admin1', 'admin2'];

export function roleOf(actor: Actor): Role {
  return actor.startsWith('admin') ? 'admin' : actor.startsWith('manager') ? 'manager' : 'field';
}

export interface Team {
  db: TestDatabase;
  ids: Record<Actor, number>;
  /** Runs `sql` as the actor, through the same doorway as the data API, and commits. */
  as<T extends pg.QueryResultRow = pg.QueryResultRow>(
    actor: Actor,
    sql: string,
    values?: unknown[],
  ): Promise<T[]>;
  /** Like `as`, but rolls back afterwards, so one matrix cell never changes the next. */
  attempt(
    actor: Actor,
    sql: string,
    values?: unknown[],
  ): Promise<{ rows: pg.QueryResultRow[]; error?: pg.DatabaseError }>;
}

/** Two field users, two managers and two admins, made by the owner as the CLI would. */
export async function createTeam(db: TestDatabase): Promise<Team> {
  const ids = {} as Record<Actor, number>;
  await withOwnerTx(db.owner, TEST_ENCRYPTION_KEY, async (client) => {
    for (const actor of ACTORS) {
      ids[actor] = await insertUser(client, {
        email: `${actor}@example.com`,
        password: 'correct horse battery',
        name: `${actor} person`,
        alias: actor,
        role: roleOf(actor),
      });
    }
  });
  const context = (actor: Actor) => ({
    role: 'authenticated',
    claims: { role: 'authenticated', sub: String(ids[actor]) },
  });
  return {
    db,
    ids,
    async as(actor, sql, values = []) {
      return db.withRequestTx(
        context(actor),
        async (client) => (await client.query(sql, values)).rows,
      );
    },
    async attempt(actor, sql, values = []) {
      try {
        return await db.withRequestTx(context(actor), async (client) => {
          const { rows } = await client.query(sql, values);
          throw new RollbackSignal({ rows });
        });
      } catch (error) {
        if ((error as pg.DatabaseError).code) return { rows: [], error: error as pg.DatabaseError };
        throw error;
      }
    },
  };
}

/** A building with two devices, another building with one, and per actor a ticket, an entry and a task. */
export async function createWork(team: Team) {
  const [building] = await team.as(
    'manager1',
    `insert into api.buildings (building_name, building_address, description)
    values ('North Plant', '1 North Rd', 'boiler room access via loading dock') returning building_id`,
  );
  const [other] = await team.as(
    'manager1',
    `insert into api.buildings (building_name) values ('South Annex') returning building_id`,
  );
  const buildingId = Number(building?.building_id);
  const otherBuildingId = Number(other?.building_id);
  const devices = await team.as(
    'manager1',
    `insert into api.devices (building_id, device_name, device_type)
    values ($1, 'AHU-1', 'air handler'), ($1, 'FACP', 'fire panel'), ($2, 'RTU-9', 'rooftop unit') returning device_id`,
    [buildingId, otherBuildingId],
  );
  const work = {} as Record<Actor, { ticketId: number; entryId: number; taskId: number }>;
  for (const actor of ACTORS) {
    const [ticket] = await team.as(
      actor,
      `insert into api.tickets (ticket_number, building_id) values ($1, $2) returning ticket_id`,
      [`T-${actor}`, buildingId],
    );
    const [entry] = await team.as(
      actor,
      `insert into api.ticket_entries (ticket_id, job_name, job_date, job_start_time, job_end_time, job_description)
      values ($1, $2, current_date, '08:00', '10:30', 'replaced belts') returning entry_id`,
      [ticket?.ticket_id, `job of ${actor}`],
    );
    const [task] = await team.as(
      actor,
      `insert into api.ticket_misc_entries (misc_name, misc_start_date, misc_start_time, misc_end_time)
      values ($1, current_date, '11:00', '12:00') returning entry_id`,
      [`task of ${actor}`],
    );
    work[actor] = {
      ticketId: Number(ticket?.ticket_id),
      entryId: Number(entry?.entry_id),
      taskId: Number(task?.entry_id),
    };
  }
  return { buildingId, otherBuildingId, deviceIds: devices.map((d) => Number(d.device_id)), work };
}
