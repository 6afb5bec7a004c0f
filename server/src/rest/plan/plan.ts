import { ApiError, tableNotFound } from '../api-error';
import type { ApiRequest, SelectItem } from '../parse/types';
import type { Relation, SchemaCache } from '../schema-cache/types';
import { planCall } from './call';
import { checkWritable, planInsert, planPut, planUpdateOrDelete } from './mutate';
import { rootPage } from './paging';
import { checkUnusedPaths, planRead, type ReadContext } from './read';
import type { MutationPlan, Plan, Source } from './types';

export interface PlanConfig {
  maxRows?: number | undefined;
}

function relationOf(request: ApiRequest, cache: SchemaCache): Relation {
  const name = request.target.kind === 'relation' ? request.target.name : '';
  const relation = cache.relations.get(`${request.schema}.${name}`);
  if (!relation) throw tableNotFound(request.schema, name);
  return relation;
}

/** What a mutation shows back: the select (representation), the key (Location) or nothing. */
function mutationSelect(
  request: ApiRequest,
  relation: Relation,
  mutation: MutationPlan,
): SelectItem[] {
  if (mutation.returning === 'all') return request.select;
  if (mutation.returning === 'keys') {
    return relation.primaryKey.map((name) => ({ kind: 'column', field: { name, jsonPath: [] } }));
  }
  return [];
}

/** Stage two: ApiRequest + schema cache → Plan (or an ApiError). */
export function planRequest(
  request: ApiRequest,
  cache: SchemaCache,
  config: PlanConfig = {},
): Plan {
  checkTimezone(request, cache);
  const ctx: ReadContext = { cache, params: request.params, usedPaths: new Set(), nextAlias: 0 };
  let relation: Relation;
  let source: Source;
  let select = request.select;
  let action: Plan['action'] =
    request.action === 'upsert' ? 'upsert' : (request.action as Plan['action']);
  if (request.action === 'call') {
    const { call, relation: result } = planCall(request, cache);
    relation = result as Relation;
    source = { kind: 'call', call };
    action = 'call';
  } else {
    relation = relationOf(request, cache);
    source = { kind: 'relation' };
    let mutation: MutationPlan | undefined;
    if (request.action === 'create') mutation = planInsert(request, relation);
    else if (request.action === 'upsert') mutation = planPut(request, relation);
    else if (request.action === 'update' || request.action === 'delete') {
      mutation = planUpdateOrDelete(request, relation);
    }
    if (mutation) {
      checkWritable(relation, mutation.kind);
      if (request.action === 'upsert') checkWritable(relation, 'update');
      source = { kind: 'mutation', mutation };
      select = mutationSelect(request, relation, mutation);
    }
  }
  const read = planRead(ctx, relation, select, []);
  ctx.usedPaths.add('');
  checkUnusedPaths(ctx);
  const page = source.kind === 'mutation' ? { offset: 0 } : rootPage(request, config.maxRows);
  if (page.limit !== undefined) read.limit = page.limit;
  if (page.offset) read.offset = page.offset;
  else delete read.offset;
  const plan: Plan = {
    action,
    schema: request.schema,
    read,
    source,
    media: request.media,
    stripNulls: request.stripNulls,
    prefer: request.prefer,
    count: request.prefer.count,
    offset: page.offset,
    headOnly: request.headOnly,
    method: request.method,
  };
  if (request.action === 'create' && relation.primaryKey.length)
    plan.locationKeys = relation.primaryKey;
  return plan;
}

/** An unknown time zone is an invalid preference: ignored, or 400 with handling=strict. */
function checkTimezone(request: ApiRequest, cache: SchemaCache): void {
  const { prefer } = request;
  if (prefer.timezone === undefined || cache.timezones.has(prefer.timezone)) return;
  if (prefer.handling === 'strict') {
    throw new ApiError(
      400,
      'PGRST122',
      'Invalid preferences given with handling=strict',
      `Invalid preferences: timezone=${prefer.timezone}`,
    );
  }
  delete prefer.timezone;
}
