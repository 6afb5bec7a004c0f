import type { ColumnRef, PlannedCondition, PlannedOrder } from '../plan/types';
import { ident, type Params } from './params';

const COMPARISON: Record<string, string> = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'like',
  ilike: 'ilike',
  match: '~',
  imatch: '~*',
  cs: '@>',
  cd: '<@',
  ov: '&&',
  sl: '<<',
  sr: '>>',
  nxr: '&<',
  nxl: '&>',
  adj: '-|-',
  isdistinct: 'is distinct from',
};
const TS_QUERY: Record<string, string> = {
  fts: 'to_tsquery',
  plfts: 'plainto_tsquery',
  phfts: 'phraseto_tsquery',
  wfts: 'websearch_to_tsquery',
};
const IS: Record<string, string> = {
  null: 'is null',
  not_null: 'is not null',
  true: 'is true',
  false: 'is false',
  unknown: 'is unknown',
};

/** `"t0"."data"->$1::text->>$2::text`: JSON keys travel as parameters too. */
export function fieldSql(alias: string, ref: ColumnRef, params: Params): string {
  let sql = ref.computed
    ? `${ident(ref.computed.schema)}.${ident(ref.computed.name)}(${ident(alias)})`
    : `${ident(alias)}.${ident(ref.column)}`;
  for (const step of ref.jsonPath) {
    const isIndex = /^-?\d{1,9}$/.test(step.key);
    sql += `${step.arrow}${params.add(isIndex ? Number(step.key) : step.key)}::${isIndex ? 'int' : 'text'}`;
  }
  return ref.jsonPath.length ? `(${sql})` : sql;
}

/** PostgREST's `*` wildcard for like/ilike. */
function likePattern(value: string): string {
  return value.replaceAll('*', '%');
}

export function conditionSql(
  alias: string,
  condition: PlannedCondition,
  params: Params,
  existsSql: (embedLateral: string, toOne: boolean) => string,
): string {
  let sql: string;
  switch (condition.kind) {
    case 'embed-exists':
      sql = existsSql(condition.embed.lateral, condition.embed.toOne);
      break;
    case 'condition':
      sql = comparisonSql(alias, condition, params);
      break;
    default: {
      const parts = condition.children.map((c) => conditionSql(alias, c, params, existsSql));
      sql = `(${parts.join(` ${condition.kind} `)})`;
    }
  }
  return condition.negate ? `not ${sql.startsWith('(') ? sql : `(${sql})`}` : sql;
}

function comparisonSql(
  alias: string,
  c: Extract<PlannedCondition, { kind: 'condition' }>,
  params: Params,
): string {
  const field = fieldSql(alias, c.ref, params);
  const isLike = c.op === 'like' || c.op === 'ilike';
  if (c.op === 'is') return `${field} ${IS[c.value as string]}`;
  if (c.op === 'in') return `${field} = any(${params.add(c.value)})`;
  if (c.op in TS_QUERY) {
    const language = c.language ? `${params.add(c.language)}::regconfig, ` : '';
    const vector =
      c.ref.type === 'tsvector' && !c.ref.jsonPath.length
        ? field
        : `to_tsvector(${language}${field})`;
    return `${vector} @@ ${TS_QUERY[c.op]}(${language}${params.add(c.value)})`;
  }
  const operator = COMPARISON[c.op] as string;
  if (c.modifier) {
    const values = (c.value as string[]).map((v) => (isLike ? likePattern(v) : v));
    return `${field} ${operator} ${c.modifier}(${params.add(values)})`;
  }
  const value = isLike ? likePattern(c.value as string) : c.value;
  return `${field} ${operator} ${params.add(value)}`;
}

export function orderSql(
  alias: string,
  order: PlannedOrder[],
  params: Params,
  embedOrderSql: (term: PlannedOrder) => string,
): string {
  if (!order.length) return '';
  const terms = order.map((term) => {
    const expr = term.embed ? embedOrderSql(term) : fieldSql(alias, term.ref, params);
    const direction = term.direction ? ` ${term.direction}` : '';
    const nulls = term.nulls ? ` nulls ${term.nulls}` : '';
    return `${expr}${direction}${nulls}`;
  });
  return ` order by ${terms.join(', ')}`;
}
