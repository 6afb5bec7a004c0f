import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database';
import { createTeam, createWork, type Team } from './team';

// Moderation with a reason (migration 0085), through the API roles: who may delete whose
// rows, and that the reason lands in history and on the deleted lists.

let db: TestDatabase;
let team: Team;
let work: Awaited<ReturnType<typeof createWork>>['work'];

beforeAll(async () => {
  db = await createTestDatabase();
  team = await createTeam(db);
  work = (await createWork(team)).work;
});
afterAll(async () => db?.drop());

const historyOf = async (table: string, id: number) =>
  (
    await db.owner.query(
      `select action, user_id, changes from app.history
        where table_name = $1 and record_id = $2 order by history_id`,
      [table, String(id)],
    )
  ).rows;

const isDeleted = async (table: string, id: number) =>
  (
    await db.owner.query(
      `select deleted_at is not null as gone from app.${table} where entry_id = $1`,
      [id],
    )
  ).rows[0]?.gone;

describe('a manager moderating a field user’s entry', () => {
  it('deletes it with a reason that history records with the soft delete', async () => {
    const entryId = work.field1.entryId;
    await team.as('manager1', 'select api.delete_ticket_entry($1, $2)', [
      entryId,
      '  Duplicate of yesterday’s entry ',
    ]);
    expect(await isDeleted('ticket_entries', entryId)).toBe(true);
    const softDelete = (await historyOf('ticket_entries', entryId)).find(
      (row) => row.action === 'soft_delete',
    );
    expect(Number(softDelete?.user_id)).toBe(team.ids.manager1);
    expect(softDelete?.changes.deleted_reason).toEqual({
      old: null,
      new: 'Duplicate of yesterday’s entry',
    });
    expect(softDelete?.changes.deleted_by.new).toBe(team.ids.manager1);
  });

  it('sees the reason in the entry’s history and on the deleted list', async () => {
    const entryId = work.field1.entryId;
    const history = await team.as('manager1', 'select * from api.entry_history($1)', [entryId]);
    expect(history.map((row) => row.changes.deleted_reason?.new)).toContain(
      'Duplicate of yesterday’s entry',
    );
    const [deleted] = await team.as(
      'manager1',
      'select deleted_reason, deleted_by from api.deleted_ticket_entries where entry_id = $1',
      [entryId],
    );
    expect(deleted).toEqual({
      deleted_reason: 'Duplicate of yesterday’s entry',
      deleted_by: String(team.ids.manager1),
    });
  });

  it('restores it: the reason leaves the row, history keeps both steps', async () => {
    const entryId = work.field1.entryId;
    await team.as('manager1', 'select api.restore_ticket_entry($1)', [entryId]);
    expect(await isDeleted('ticket_entries', entryId)).toBe(false);
    const { rows } = await db.owner.query(
      'select deleted_reason from app.ticket_entries where entry_id = $1',
      [entryId],
    );
    expect(rows[0].deleted_reason).toBeNull();
    const restore = (await historyOf('ticket_entries', entryId)).find(
      (r) => r.action === 'restore',
    );
    expect(restore?.changes.deleted_reason).toEqual({
      old: 'Duplicate of yesterday’s entry',
      new: null,
    });
  });

  it('deletes a field user’s task and ticket the same way', async () => {
    await team.as('manager1', 'select api.delete_ticket_misc_entry($1, $2)', [
      work.field2.taskId,
      'Logged twice',
    ]);
    await team.as('manager1', 'select api.delete_ticket($1, $2)', [
      work.field2.ticketId,
      'Wrong building',
    ]);
    const [task] = await team.as(
      'manager1',
      'select deleted_reason from api.deleted_ticket_misc_entries where entry_id = $1',
      [work.field2.taskId],
    );
    const [ticket] = await team.as(
      'manager1',
      'select deleted_reason from api.deleted_tickets where ticket_id = $1',
      [work.field2.ticketId],
    );
    expect(task?.deleted_reason).toBe('Logged twice');
    expect(ticket?.deleted_reason).toBe('Wrong building');
    expect(
      (await historyOf('tickets', work.field2.ticketId)).at(-1)?.changes.deleted_reason.new,
    ).toBe('Wrong building');
    await team.as('manager1', 'select api.restore_ticket_misc_entry($1)', [work.field2.taskId]);
    await team.as('manager1', 'select api.restore_ticket($1)', [work.field2.ticketId]);
  });
});

describe('who may not moderate', () => {
  it('a field user cannot delete another person’s entry, task or ticket', async () => {
    for (const sql of [
      `select api.delete_ticket_entry(${work.field2.entryId}, 'mine now')`,
      `select api.delete_ticket_misc_entry(${work.field2.taskId}, 'mine now')`,
      `select api.delete_ticket(${work.field2.ticketId}, 'mine now')`,
    ]) {
      const { error } = await team.attempt('field1', sql);
      expect(error?.code, sql).toBe('42501');
    }
    expect(await isDeleted('ticket_entries', work.field2.entryId)).toBe(false);
    expect(await isDeleted('ticket_misc_entries', work.field2.taskId)).toBe(false);
  });

  it('a manager cannot delete another manager’s or an admin’s entry', async () => {
    for (const owner of ['manager2', 'admin1'] as const) {
      const { error } = await team.attempt('manager1', 'select api.delete_ticket_entry($1, $2)', [
        work[owner].entryId,
        'tidy up',
      ]);
      expect(error?.code, owner).toBe('42501');
      expect(error?.message).toMatch(/you may not delete this entry/);
    }
  });

  it('an admin can delete a manager’s entry', async () => {
    await team.as('admin1', 'select api.delete_ticket_entry($1, $2)', [
      work.manager2.entryId,
      'Test data',
    ]);
    expect(await isDeleted('ticket_entries', work.manager2.entryId)).toBe(true);
    await team.as('admin1', 'select api.restore_ticket_entry($1)', [work.manager2.entryId]);
  });

  it('nobody writes a reason directly, even on their own row', async () => {
    const { error } = await team.attempt(
      'field1',
      `update app.ticket_entries set deleted_reason = 'forged' where entry_id = $1`,
      [work.field1.entryId],
    );
    expect(error?.code).toBe('42501');
  });

  it('refuses a blank or overlong reason before anything changes', async () => {
    for (const reason of ['', '   ', null, 'x'.repeat(501)]) {
      const { error } = await team.attempt('manager1', 'select api.delete_ticket_entry($1, $2)', [
        work.field2.entryId,
        reason,
      ]);
      expect(error?.code).toBe('22023');
    }
    expect(await isDeleted('ticket_entries', work.field2.entryId)).toBe(false);
  });

  it('tells each caller which rows they may delete', async () => {
    const rows = async (actor: 'field1' | 'manager1') =>
      Object.fromEntries(
        (
          await team.as(
            actor,
            'select user_id, api.may_delete(e) as may from api.ticket_entries e order by entry_id',
          )
        ).map((row) => [Number(row.user_id), row.may]),
      );
    expect(await rows('field1')).toEqual({ [team.ids.field1]: true });
    const manager = await rows('manager1');
    expect(manager[team.ids.field2]).toBe(true);
    expect(manager[team.ids.manager1]).toBe(true);
    expect(manager[team.ids.manager2]).toBe(false);
    expect(manager[team.ids.admin1]).toBe(false);
  });
});
