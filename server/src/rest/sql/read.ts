import type { EmbedPlan, OutputItem, PlannedOrder, ReadPlan } from '../plan/types';
import { conditionSql, fieldSql, orderSql } from './condition';
import { ident, type Params, qualified } from './params';

export interface SelectParts {
  /** The whole SELECT of this level (with order, limit, offset). */
  query: string;
  /** `from … [filtering laterals] where …` without paging: reused for the exact count. */
  countFrom: string;
}

/** Whether related rows exist, from the lateral that built an embed. */
export function existsSql(lateral: string, toOne: boolean): string {
  return toOne ? `${ident(lateral)}.pgrst_n is not null` : `${ident(lateral)}.pgrst_n > 0`;
}

/** Output names of a level, as its JSON object keys (spreads contribute their own). */
export function outputNames(plan: ReadPlan): string[] {
  return plan.output.flatMap((item) =>
    item.kind === 'spread' ? outputNames(item.embed.plan) : [item.as],
  );
}

/**
 * `key, value` pairs for json_build_object. Keys are output names the client chose
 * (aliases, JSON path keys), so they travel as parameters, never as SQL identifiers.
 */
function outputPairs(plan: ReadPlan, item: OutputItem, params: Params): string[] {
  if (item.kind === 'column') {
    const field = fieldSql(plan.alias, item.ref, params);
    const value = item.cast ? `cast(${field} as ${item.cast})` : field;
    return [`${params.add(item.as)}::text, ${value}`];
  }
  const body = `${ident(item.embed.lateral)}.pgrst_body`;
  if (item.kind === 'embed') return [`${params.add(item.as)}::text, ${body}`];
  return outputNames(item.embed.plan).map((name) => {
    const key = params.add(name);
    return `${key}::text, ${body} -> ${key}::text`;
  });
}

/** json_build_object takes at most 100 arguments: wider rows are merged in chunks. */
function objectSql(pairs: string[]): string {
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 50)
    chunks.push(`json_build_object(${pairs.slice(i, i + 50).join(', ')})`);
  if (chunks.length <= 1) return chunks[0] ?? 'json_build_object()';
  return `(${chunks.map((c) => `${c}::jsonb`).join(' || ')})::json`;
}

/** Join conditions that tie an embedded level's rows to its parent's row. */
function joinSql(embed: EmbedPlan, parentAlias: string): { from: string; where: string[] } {
  const { relationship, plan } = embed;
  if (relationship.computed) {
    return {
      from: `${qualified(relationship.computed)}(${ident(parentAlias)}) as ${ident(plan.alias)}`,
      where: [],
    };
  }
  const target = `${qualified(relationship.target)} as ${ident(plan.alias)}`;
  const junction = relationship.junction;
  if (!junction || !embed.junctionAlias) {
    const where = relationship.pairs.map(
      ([source, column]) =>
        `${ident(plan.alias)}.${ident(column)} = ${ident(parentAlias)}.${ident(source)}`,
    );
    return { from: target, where };
  }
  const j = ident(embed.junctionAlias);
  const on = junction.targetPairs.map(
    ([t, jc]) => `${j}.${ident(jc)} = ${ident(plan.alias)}.${ident(t)}`,
  );
  const where = junction.sourcePairs.map(
    ([s, jc]) => `${j}.${ident(jc)} = ${ident(parentAlias)}.${ident(s)}`,
  );
  return {
    from: `${target} join ${qualified(junction.relation)} as ${j} on ${on.join(' and ')}`,
    where,
  };
}

function lateralSql(embed: EmbedPlan, parentAlias: string, params: Params): string {
  const join = joinSql(embed, parentAlias);
  const child = selectSql(embed.plan, join.from, join.where, params).query;
  const rows = ident(`r${embed.plan.alias}`);
  const body = embed.toOne
    ? `select ${rows}.pgrst_obj as pgrst_body, 1 as pgrst_n from (${child}) as ${rows}`
    : `select coalesce(json_agg(${rows}.pgrst_obj), '[]'::json) as pgrst_body, count(*) as pgrst_n from (${child}) as ${rows}`;
  return ` left join lateral (${body}) as ${ident(embed.lateral)} on true`;
}

/** `order=client(name)`: the related row's column, looked up for the parent row. */
function embedOrderExpr(parentAlias: string, params: Params) {
  return (term: PlannedOrder): string => {
    const embed = term.embed as EmbedPlan;
    const alias = `o${embed.plan.alias}`;
    const on = embed.relationship.pairs.map(
      ([source, column]) =>
        `${ident(alias)}.${ident(column)} = ${ident(parentAlias)}.${ident(source)}`,
    );
    const field = fieldSql(alias, term.ref, params);
    const computed = embed.relationship.computed;
    if (computed) {
      return `(select ${field} from ${qualified(computed)}(${ident(parentAlias)}) as ${ident(alias)} limit 1)`;
    }
    return `(select ${field} from ${qualified(embed.relationship.target)} as ${ident(alias)} where ${on.join(' and ')} limit 1)`;
  };
}

/**
 * The SELECT of one level: one JSON object per row (`pgrst_obj`), a lateral subquery per
 * embed (building that embed's JSON), its own filters and the parent's join conditions.
 */
export function selectSql(
  plan: ReadPlan,
  from: string,
  joinWhere: string[],
  params: Params,
): SelectParts {
  const pairs = plan.output.flatMap((item) => outputPairs(plan, item, params));
  const laterals = plan.embeds.map((embed) => ({
    embed,
    sql: lateralSql(embed, plan.alias, params),
  }));
  const where = [
    ...joinWhere,
    ...plan.where.map((c) => conditionSql(plan.alias, c, params, existsSql)),
    ...plan.embeds.filter((e) => e.inner).map((e) => existsSql(e.lateral, e.toOne)),
  ];
  const whereSql = where.length ? ` where ${where.join(' and ')}` : '';
  const order = orderSql(plan.alias, plan.order, params, embedOrderExpr(plan.alias, params));
  const limit = plan.limit !== undefined ? ` limit ${params.add(plan.limit)}` : '';
  const offset = plan.offset ? ` offset ${params.add(plan.offset)}` : '';
  const allLaterals = laterals.map((l) => l.sql).join('');
  const filtering = laterals
    .filter((l) => l.embed.filtersParent)
    .map((l) => l.sql)
    .join('');
  return {
    query: `select ${objectSql(pairs)} as pgrst_obj from ${from}${allLaterals}${whereSql}${order}${limit}${offset}`,
    countFrom: `from ${from}${filtering}${whereSql}`,
  };
}

/** `from … where …` of a level alone (no output, no paging), for separate count queries. */
export function countFromSql(plan: ReadPlan, from: string, params: Params): string {
  const laterals = plan.embeds
    .filter((embed) => embed.filtersParent)
    .map((embed) => lateralSql(embed, plan.alias, params))
    .join('');
  const where = [
    ...plan.where.map((c) => conditionSql(plan.alias, c, params, existsSql)),
    ...plan.embeds.filter((e) => e.inner).map((e) => existsSql(e.lateral, e.toOne)),
  ];
  return `from ${from}${laterals}${where.length ? ` where ${where.join(' and ')}` : ''}`;
}
