import { ApiError } from '../api-error';
import type { CallPlan, Plan } from '../plan/types';
import { mutationSql } from './mutation';
import { ident, Params, qualified } from './params';
import { countFromSql, selectSql } from './read';

/** One parameterised statement; its single row has total, page_total and body. */
export interface Statement {
  text: string;
  values: unknown[];
}

function jsonBody(plan: Plan): string {
  const row = plan.stripNulls ? 'json_strip_nulls(pgrst_row.pgrst_obj)' : 'pgrst_row.pgrst_obj';
  return `coalesce(json_agg(${row}), '[]'::json)::text`;
}

/** Stage three: plan → SQL. Identifiers come from the plan (the cache), values are params. */
export function buildStatement(plan: Plan): Statement {
  const params = new Params();
  const text =
    plan.source.kind === 'mutation'
      ? mutationStatement(plan, params)
      : plan.source.kind === 'call'
        ? callStatement(plan, plan.source.call, params)
        : readStatement(
            plan,
            `${qualified(plan.read.relation)} as ${ident(plan.read.alias)}`,
            params,
          );
  // The wire protocol counts parameters in 16 bits.
  if (params.values.length > 65_535) {
    throw new ApiError(400, 'PGRST100', 'The request has too many values to bind');
  }
  return { text, values: params.values };
}

/**
 * Headers and status a function (or the pre-request function) asked for, through the
 * `response.headers` / `response.status` settings; read last, after everything ran.
 */
const RESPONSE_SETTINGS =
  "current_setting('response.headers', true) as response_headers, current_setting('response.status', true) as response_status";

function countSql(plan: Plan, countFrom: string): string {
  return plan.count === 'exact' ? `(select count(*) ${countFrom})` : 'null::bigint';
}

function readStatement(plan: Plan, from: string, params: Params, prefix = ''): string {
  const parts = selectSql(plan.read, from, [], params);
  return `${prefix}with pgrst_source as (${parts.query}) select ${countSql(plan, parts.countFrom)} as total, count(*) as page_total, ${jsonBody(plan)} as body, ${RESPONSE_SETTINGS} from pgrst_source as pgrst_row`;
}

function mutationStatement(plan: Plan, params: Params): string {
  const source = plan.source as Extract<Plan['source'], { kind: 'mutation' }>;
  const mutation = mutationSql(source.mutation, plan.read, params);
  const inserted =
    source.mutation.onConflict?.resolution === 'merge-duplicates' &&
    plan.read.relation.kind === 'table'
      ? '(select count(*) from pgrst_source where pgrst_inserted)'
      : 'null::bigint';
  const head = `with pgrst_source as (${mutation}) select null::bigint as total`;
  if (source.mutation.returning === 'none') {
    return `${head}, count(*) as page_total, null::text as body, ${inserted} as inserted, ${RESPONSE_SETTINGS} from pgrst_source`;
  }
  const parts = selectSql(plan.read, `pgrst_source as ${ident(plan.read.alias)}`, [], params);
  return `${head}, count(*) as page_total, ${jsonBody(plan)} as body, ${inserted} as inserted, ${RESPONSE_SETTINGS} from (${parts.query}) as pgrst_row`;
}

/** `"s"."fn"("a" := pgrst_args."a")` plus the FROM item that decodes the arguments. */
function callParts(call: CallPlan, params: Params): { expr: string; from: string } {
  const fn = qualified(call.routine);
  if (call.singleParameter) {
    return {
      expr: `${fn}(${params.add(call.singleParameter.value)}::${call.singleParameter.type})`,
      from: '',
    };
  }
  if (!call.args.length) return { expr: `${fn}()`, from: '' };
  const definitions = call.args.map((a) => `${ident(a.name)} ${a.type}`).join(', ');
  const named = call.args.map((a) => `${ident(a.name)} := pgrst_args.${ident(a.name)}`).join(', ');
  return {
    expr: `${fn}(${named})`,
    from: `json_to_record(${params.add(call.argsJson)}::json) as pgrst_args(${definitions})`,
  };
}

function callStatement(plan: Plan, call: CallPlan, params: Params): string {
  const { expr, from } = callParts(call, params);
  const fromClause = from ? ` from ${from}` : '';
  switch (call.resultKind) {
    case 'void':
      return `select null::bigint as total, 1::bigint as page_total, null::text as body, (${expr}) is null as pgrst_void, ${RESPONSE_SETTINGS}${fromClause}`;
    case 'scalar':
      return `select null::bigint as total, 1::bigint as page_total, to_json(${expr})::text as body, ${RESPONSE_SETTINGS}${fromClause}`;
    case 'scalars': {
      const source = from
        ? `${from} cross join lateral ${expr} as pgrst_call`
        : `${expr} as pgrst_call`;
      return `select count(*) as total, count(*) as page_total, coalesce(json_agg(pgrst_call), '[]'::json)::text as body, ${RESPONSE_SETTINGS} from ${source}`;
    }
    default: {
      const alias = ident(plan.read.alias);
      const source = from
        ? `${from} cross join lateral ${expr} as ${alias}`
        : `${expr} as ${alias}`;
      return readStatement(plan, source, params);
    }
  }
}

export interface CountStatements {
  /** EXPLAIN of the count query: the planner's row estimate. */
  planned: Statement;
  exact: Statement;
}

/**
 * `count=planned` and `count=estimated` ask the planner instead of counting: separate
 * statements, built with their own parameters, run in the same transaction.
 */
export function buildCountStatements(plan: Plan): CountStatements | undefined {
  if (plan.count !== 'planned' && plan.count !== 'estimated') return undefined;
  const params = new Params();
  let from: string;
  if (plan.source.kind === 'relation') {
    from = `${qualified(plan.read.relation)} as ${ident(plan.read.alias)}`;
  } else if (plan.source.kind === 'call' && plan.source.call.resultKind === 'rows') {
    const { expr, from: args } = callParts(plan.source.call, params);
    const alias = ident(plan.read.alias);
    from = args ? `${args} cross join lateral ${expr} as ${alias}` : `${expr} as ${alias}`;
  } else {
    return undefined;
  }
  const countFrom = countFromSql(plan.read, from, params);
  return {
    planned: { text: `explain (format json) select 1 ${countFrom}`, values: params.values },
    exact: { text: `select count(*) as total ${countFrom}`, values: params.values },
  };
}
