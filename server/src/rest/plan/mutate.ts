import { ApiError, invalidBody, payloadColumnNotFound } from '../api-error';
import type { ApiRequest, Payload } from '../parse/types';
import type { Relation } from '../schema-cache/types';
import { planConditions, planOrder } from './conditions';
import type { MutationPlan } from './types';

const VERBS = { insert: 'insert into', update: 'update', delete: 'delete from' } as const;

/**
 * A write the relation cannot take (a view without INSTEAD OF triggers, a materialized
 * view) is refused before reaching the database, whose error would be a 500.
 */
export function checkWritable(relation: Relation, kind: keyof typeof VERBS): void {
  const allowed = {
    insert: relation.insertable,
    update: relation.updatable,
    delete: relation.deletable,
  }[kind];
  if (allowed) return;
  throw new ApiError(
    405,
    '55000',
    `cannot ${VERBS[kind]} view "${relation.name}"`,
    null,
    `Views that are not automatically updatable need INSTEAD OF ${kind.toUpperCase()} triggers.`,
  );
}

function rowsOf(request: ApiRequest): Extract<Payload, { kind: 'rows' }> {
  if (request.payload?.kind !== 'rows') throw invalidBody('Empty or invalid json');
  return request.payload;
}

function checkColumns(relation: Relation, columns: string[]): string[] {
  for (const c of columns)
    if (!relation.columns.has(c)) throw payloadColumnNotFound(relation.name, c);
  return columns;
}

function returningOf(request: ApiRequest): MutationPlan['returning'] {
  if (request.prefer.return === 'representation') return 'all';
  if (request.prefer.return === 'headers-only' && request.action === 'create') return 'keys';
  return 'none';
}

export function planInsert(request: ApiRequest, relation: Relation): MutationPlan {
  const payload = rowsOf(request);
  const columns = checkColumns(relation, request.columns ?? payload.keys);
  const plan: MutationPlan = {
    kind: 'insert',
    columns,
    payloadJson: JSON.stringify(payload.rows),
    missingDefault: request.prefer.missing === 'default',
    returning: returningOf(request),
    where: [],
  };
  const resolution = request.prefer.resolution;
  const conflictColumns = request.onConflict ?? relation.primaryKey;
  if (resolution && conflictColumns.length) {
    plan.onConflict = { columns: checkColumns(relation, conflictColumns), resolution };
  }
  return plan;
}

/** PUT: a single-row upsert addressed by all primary key columns with eq filters. */
export function planPut(request: ApiRequest, relation: Relation): MutationPlan {
  const root = request.params.get('') ?? { filters: [], order: [] };
  if (root.limit !== undefined || root.offset !== undefined) {
    throw new ApiError(
      400,
      'PGRST114',
      'limit/offset querystring parameters are not allowed for PUT',
    );
  }
  const eq = new Map<string, string>();
  for (const tree of root.filters) {
    if (
      tree.kind === 'condition' &&
      tree.condition.op === 'eq' &&
      !tree.condition.negate &&
      !tree.condition.field.jsonPath.length
    ) {
      eq.set(tree.condition.field.name, tree.condition.value as string);
    } else eq.set('\u0000', '');
  }
  const pk = relation.primaryKey;
  if (!pk.length || eq.size !== pk.length || !pk.every((c) => eq.has(c))) {
    throw new ApiError(
      405,
      'PGRST105',
      "Filters must include all and only primary key columns with 'eq' operators",
    );
  }
  const payload = rowsOf(request);
  const row = payload.rows[0];
  if (payload.rows.length !== 1 || !row)
    throw invalidBody('Expected a single object in the request body');
  if (!pk.every((c) => Object.hasOwn(row, c) && String(row[c]) === eq.get(c))) {
    throw new ApiError(400, 'PGRST115', 'Payload values do not match URL in primary key column(s)');
  }
  request.params.delete('');
  return {
    kind: 'insert',
    columns: checkColumns(relation, request.columns ?? payload.keys),
    payloadJson: JSON.stringify([row]),
    onConflict: { columns: pk, resolution: 'merge-duplicates' },
    missingDefault: false,
    returning: returningOf(request),
    where: [],
  };
}

/** PATCH and DELETE: root filters choose rows; order+limit make a limited update/delete. */
export function planUpdateOrDelete(request: ApiRequest, relation: Relation): MutationPlan {
  const root = request.params.get('') ?? { filters: [], order: [] };
  request.params.delete('');
  const plan: MutationPlan = {
    kind: request.action === 'update' ? 'update' : 'delete',
    columns: [],
    payloadJson: '{}',
    missingDefault: false,
    returning: returningOf(request),
    where: planConditions(relation, [], root.filters),
  };
  if (request.action === 'update') {
    const payload = rowsOf(request);
    if (payload.isArray && payload.rows.length !== 1)
      throw invalidBody('Expected a single JSON object');
    plan.columns = checkColumns(relation, request.columns ?? payload.keys);
    plan.payloadJson = JSON.stringify(payload.rows[0] ?? {});
  }
  if (root.limit !== undefined) {
    if (relation.kind !== 'table') {
      throw new ApiError(400, 'PGRST127', 'Limited update/delete is only supported on tables');
    }
    plan.limited = {
      order: planOrder(relation, [], root.order),
      limit: root.limit,
      offset: root.offset ?? 0,
    };
  }
  return plan;
}
