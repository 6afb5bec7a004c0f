import { ApiError, invalidBody } from '../api-error';
import { addFilter } from '../parse/request';
import type { ApiRequest } from '../parse/types';
import type { Column, Relation, Routine, SchemaCache } from '../schema-cache/types';
import type { CallPlan } from './types';

const JSON_TYPES = new Set(['json', 'jsonb']);
const RAW_TYPES = new Set(['text', 'bytea', 'xml']);

function notFound(request: ApiRequest, keys: string[]): ApiError {
  const name = `${request.schema}.${request.target.kind === 'function' ? request.target.name : ''}`;
  const list = [...keys].sort().join(', ');
  return new ApiError(
    404,
    'PGRST202',
    `Could not find the function ${name}(${list}) in the schema cache`,
    `Searched for the function ${name} ${keys.length ? `with parameters ${list}` : 'without parameters'} or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.`,
  );
}

function accepts(routine: Routine, keys: string[]): boolean {
  const names = routine.parameters.map((p) => p.name);
  return (
    keys.every((k) => names.includes(k)) &&
    routine.parameters.every((p) => p.hasDefault || keys.includes(p.name))
  );
}

/** A function taking the whole body: one unnamed json/jsonb (or raw text/bytea) parameter. */
function singleParameterOf(routine: Routine, request: ApiRequest): string | undefined {
  if (routine.parameters.length !== 1) return undefined;
  const [p] = routine.parameters as [Routine['parameters'][number]];
  const raw = request.payload?.kind === 'raw' && typeof request.payload.value === 'string';
  if (JSON_TYPES.has(p.type) && (p.name === '' || request.prefer.params === 'single-object'))
    return p.type;
  if (raw && p.name === '' && RAW_TYPES.has(p.type)) return p.type;
  return undefined;
}

function resultKind(routine: Routine): CallPlan['resultKind'] {
  if (routine.returns.void) return 'void';
  if (routine.returns.composite) return routine.returns.setOf ? 'rows' : 'row';
  return routine.returns.setOf ? 'scalars' : 'scalar';
}

/** Chooses the overload, splits GET parameters into arguments and filters. */
export function planCall(
  request: ApiRequest,
  cache: SchemaCache,
): { call: CallPlan; relation?: Relation } {
  const name = request.target.kind === 'function' ? request.target.name : '';
  const candidates = cache.routines.get(`${request.schema}.${name}`) ?? [];
  const body = request.payload?.kind === 'raw' ? request.payload.value : {};
  for (const routine of candidates) {
    const type = request.method === 'POST' ? singleParameterOf(routine, request) : undefined;
    if (type) {
      const value = typeof body === 'string' && !JSON_TYPES.has(type) ? body : JSON.stringify(body);
      return finish(request, cache, routine, {
        args: [],
        argsJson: '{}',
        singleParameter: { type, value },
      });
    }
  }
  let values: Record<string, unknown>;
  if (request.method === 'POST') {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw invalidBody('Expected a JSON object of function arguments');
    }
    values = body as Record<string, unknown>;
  } else {
    const names = new Set(candidates.flatMap((r) => r.parameters.map((p) => p.name)));
    values = Object.fromEntries(request.rest.filter(([k]) => names.has(k)));
  }
  const keys = Object.keys(values);
  const matching = candidates.filter((r) => accepts(r, keys));
  if (matching.length === 0) throw notFound(request, keys);
  if (matching.length > 1) {
    throw new ApiError(
      300,
      'PGRST203',
      `Could not choose the best candidate function between: ${matching.map((r) => `${r.schema}.${r.name}(${r.parameters.map((p) => `${p.name} => ${p.type}`).join(', ')})`).join(', ')}`,
      null,
      'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
    );
  }
  const routine = matching[0] as Routine;
  const args = routine.parameters
    .filter((p) => keys.includes(p.name))
    .map((p) => ({ name: p.name, type: p.type }));
  // GET parameters that do not name an argument filter the function's result.
  if (request.method !== 'POST') {
    for (const [key, value] of request.rest) if (!(key in values)) addFilter(request, key, value);
  }
  return finish(request, cache, routine, { args, argsJson: JSON.stringify(values) });
}

function finish(
  request: ApiRequest,
  cache: SchemaCache,
  routine: Routine,
  parts: Pick<CallPlan, 'args' | 'argsJson' | 'singleParameter'>,
): { call: CallPlan; relation?: Relation } {
  if (request.method === 'POST')
    for (const [key, value] of request.rest) addFilter(request, key, value);
  const call: CallPlan = { routine, ...parts, resultKind: resultKind(routine) };
  if (parts.singleParameter === undefined) delete call.singleParameter;
  const returned = routine.returns.relation;
  const relation = returned
    ? cache.relations.get(`${returned.schema}.${returned.name}`)
    : undefined;
  return { call, relation: relation ?? resultRelation(routine) };
}

/** A stand-in relation for `returns table (…)` / OUT parameters, so select and filters apply. */
function resultRelation(routine: Routine): Relation {
  const columns = new Map<string, Column>();
  for (const c of routine.returns.columns) {
    columns.set(c.name, {
      name: c.name,
      type: c.type,
      nullable: true,
      defaultSql: null,
      description: null,
    });
  }
  return {
    schema: routine.schema,
    name: routine.name,
    kind: 'view',
    columns,
    primaryKey: [],
    uniqueKeys: [],
    insertable: false,
    updatable: false,
    deletable: false,
    description: null,
  };
}
