import type { MutationPlan, ReadPlan } from '../plan/types';
import type { Relation } from '../schema-cache/types';
import { conditionSql, orderSql } from './condition';
import { ident, type Params, qualified } from './params';
import { existsSql } from './read';

function returningSql(plan: MutationPlan, relation: Relation, upsertFlag: boolean): string {
  const alias = ident('t0');
  let cols: string;
  if (plan.returning === 'all') cols = `${alias}.*`;
  else if (plan.returning === 'keys' && relation.primaryKey.length) {
    cols = relation.primaryKey.map((c) => `${alias}.${ident(c)}`).join(', ');
  } else cols = '1 as pgrst_one';
  // xmax is 0 for a row this statement inserted and set when it updated an existing one.
  const inserted = upsertFlag ? `, (${alias}.xmax = 0) as pgrst_inserted` : '';
  return ` returning ${cols}${inserted}`;
}

/** Typed rows from the JSON payload, one column expression per written column. */
function rowsFromPayload(plan: MutationPlan, relation: Relation, params: Params): string {
  const body = params.add(plan.payloadJson);
  const rowType = `null::${qualified(relation)}`;
  if (!plan.missingDefault) {
    const cols = plan.columns.map((c) => `pgrst_r.${ident(c)}`).join(', ');
    return `select ${cols} from json_populate_recordset(${rowType}, ${body}::json) as pgrst_r`;
  }
  // missing=default: a key absent from an object takes the column default, not null.
  const cols = plan.columns.map((c) => {
    const column = relation.columns.get(c);
    const fallback = column?.defaultSql ?? 'null';
    return `case when pgrst_e.v::jsonb ? ${params.add(c)} then pgrst_r.${ident(c)} else ${fallback} end`;
  });
  return `select ${cols.join(', ')} from json_array_elements(${body}::json) as pgrst_e(v) cross join lateral json_populate_record(${rowType}, pgrst_e.v) as pgrst_r`;
}

function insertSql(plan: MutationPlan, relation: Relation, params: Params): string {
  const target = `${qualified(relation)} as ${ident('t0')}`;
  const upsertFlag =
    plan.onConflict?.resolution === 'merge-duplicates' && relation.kind === 'table';
  if (plan.columns.length === 0) {
    return `insert into ${target} default values${returningSql(plan, relation, upsertFlag)}`;
  }
  const columns = plan.columns.map(ident).join(', ');
  let conflict = '';
  if (plan.onConflict) {
    const keys = plan.onConflict.columns.map(ident).join(', ');
    const updates = plan.columns.filter((c) => !plan.onConflict?.columns.includes(c));
    const set = (updates.length ? updates : plan.columns).map(
      (c) => `${ident(c)} = excluded.${ident(c)}`,
    );
    conflict =
      plan.onConflict.resolution === 'ignore-duplicates'
        ? ` on conflict (${keys}) do nothing`
        : ` on conflict (${keys}) do update set ${set.join(', ')}`;
  }
  return `insert into ${target} (${columns}) ${rowsFromPayload(plan, relation, params)}${conflict}${returningSql(plan, relation, upsertFlag)}`;
}

function whereSql(plan: MutationPlan, relation: Relation, params: Params): string {
  const conditions = plan.where.map((c) => conditionSql('t0', c, params, existsSql));
  if (plan.limited) {
    // Limited update/delete: choose the rows first, by physical row id.
    const inner = conditions.length ? ` where ${conditions.join(' and ')}` : '';
    const order = orderSql('t0', plan.limited.order, params, () => 'null');
    const page = ` limit ${params.add(plan.limited.limit)} offset ${params.add(plan.limited.offset)}`;
    return ` where ${ident('t0')}.ctid = any(array(select ${ident('t0')}.ctid from ${qualified(relation)} as ${ident('t0')}${inner}${order}${page}))`;
  }
  return conditions.length ? ` where ${conditions.join(' and ')}` : '';
}

function updateSql(plan: MutationPlan, relation: Relation, params: Params): string {
  const target = `${qualified(relation)} as ${ident('t0')}`;
  if (plan.columns.length === 0) {
    // Nothing to set: PostgREST answers as if no row matched.
    return `select ${ident('t0')}.* from ${target} where false`;
  }
  const set = plan.columns.map((c) => `${ident(c)} = pgrst_r.${ident(c)}`).join(', ');
  const body = params.add(plan.payloadJson);
  return `update ${target} set ${set} from json_populate_record(null::${qualified(relation)}, ${body}::json) as pgrst_r${whereSql(plan, relation, params)}${returningSql(plan, relation, false)}`;
}

function deleteSql(plan: MutationPlan, relation: Relation, params: Params): string {
  return `delete from ${qualified(relation)} as ${ident('t0')}${whereSql(plan, relation, params)}${returningSql(plan, relation, false)}`;
}

/** The data-modifying statement, placed in the `pgrst_source` CTE by the caller. */
export function mutationSql(plan: MutationPlan, read: ReadPlan, params: Params): string {
  if (plan.kind === 'insert') return insertSql(plan, read.relation, params);
  if (plan.kind === 'update') return updateSql(plan, read.relation, params);
  return deleteSql(plan, read.relation, params);
}
