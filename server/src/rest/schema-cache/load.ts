import type pg from 'pg';
import {
  applyKeys,
  buildColumnOrigins,
  buildRelation,
  type ConstraintRow,
  type RelationRow,
  type ViewColumnRow,
} from './build-relations';
import { buildRelationships } from './build-relationships';
import { BUILTIN_CASTS, buildRoutine, type RoutineRow } from './build-routines';
import {
  constraintsQuery,
  relationsQuery,
  routinesQuery,
  timezonesQuery,
  typesQuery,
  viewColumnsQuery,
} from './queries';
import { key, type Relation, type Relationship, type Routine, type SchemaCache } from './types';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** Reads the catalogs of the exposed schemas into a SchemaCache. */
export async function loadSchemaCache(db: Queryable, schemas: string[]): Promise<SchemaCache> {
  const [relationRows, constraintRows, viewRows, routineRows, typeRows, zoneRows] =
    await Promise.all([
      db.query<RelationRow>(relationsQuery, [schemas]),
      db.query<ConstraintRow>(constraintsQuery),
      db.query<ViewColumnRow>(viewColumnsQuery, [schemas]),
      db.query<RoutineRow>(routinesQuery, [schemas]),
      db.query<{ schema: string; name: string }>(typesQuery, [schemas]),
      db.query<{ name: string }>(timezonesQuery),
    ]);
  return assembleSchemaCache(schemas, {
    relations: relationRows.rows,
    constraints: constraintRows.rows,
    viewColumns: viewRows.rows,
    routines: routineRows.rows,
    types: typeRows.rows,
    timezones: zoneRows.rows.map((r) => r.name),
  });
}

export interface CatalogRows {
  relations: RelationRow[];
  constraints: ConstraintRow[];
  viewColumns: ViewColumnRow[];
  routines: RoutineRow[];
  types: { schema: string; name: string }[];
  timezones?: string[];
}

/** Pure assembly of catalog rows, so the inference rules can be tested without a database. */
export function assembleSchemaCache(schemas: string[], rows: CatalogRows): SchemaCache {
  const relations = new Map<string, Relation>();
  for (const row of rows.relations) relations.set(key(row.schema, row.name), buildRelation(row));
  const origins = buildColumnOrigins(rows.viewColumns);
  applyKeys(rows.constraints, relations, origins);
  const routines = new Map<string, Routine[]>();
  for (const row of rows.routines) {
    const routine = buildRoutine(row);
    const k = key(routine.schema, routine.name);
    routines.set(k, [...(routines.get(k) ?? []), routine]);
  }
  addComputedFields(rows.routines, routines, relations);
  const relationships = buildRelationships(rows.constraints, relations, origins);
  addComputedRelationships(rows.routines, routines, relations, relationships);
  const castTypes = new Map(Object.entries(BUILTIN_CASTS));
  for (const t of rows.types) {
    const sql = `${quoteIdent(t.schema)}.${quoteIdent(t.name)}`;
    castTypes.set(t.name.toLowerCase(), sql);
    castTypes.set(`${t.schema}.${t.name}`.toLowerCase(), sql);
  }
  return {
    schemas,
    relations,
    relationships,
    routines,
    castTypes,
    timezones: new Set(rows.timezones ?? []),
  };
}

/** Quotes an identifier taken from the schema cache. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * PostgREST's computed fields: a function whose only parameter is a relation's row type
 * and that returns one scalar reads like a column of that relation (`select=full_name`).
 */
function addComputedFields(
  rows: RoutineRow[],
  routines: Map<string, Routine[]>,
  relations: Map<string, Relation>,
): void {
  for (const row of rows) {
    const relation = row.row_argument ? relations.get(row.row_argument) : undefined;
    const routine = routines.get(key(row.schema, row.name))?.find((r) => r.parameters.length === 1);
    if (
      !relation ||
      !routine ||
      routine.returns.setOf ||
      routine.returns.composite ||
      routine.returns.void
    )
      continue;
    relation.computed ??= new Map();
    relation.computed.set(routine.name, routine);
  }
}

/**
 * Computed relationships: a function whose only parameter is a relation's row type and
 * that returns rows of another exposed relation embeds by its own name (to-many when it
 * returns a set).
 */
function addComputedRelationships(
  rows: RoutineRow[],
  routines: Map<string, Routine[]>,
  relations: Map<string, Relation>,
  relationships: Map<string, Relationship[]>,
): void {
  for (const row of rows) {
    const source = row.row_argument ? relations.get(row.row_argument) : undefined;
    const routine = routines.get(key(row.schema, row.name))?.find((r) => r.parameters.length === 1);
    const target = routine?.returns.relation;
    if (!source || !routine || !target || !relations.has(key(target.schema, target.name))) continue;
    const list = relationships.get(key(source.schema, source.name)) ?? [];
    list.push({
      kind: routine.returns.setOf && row.rows !== 1 ? 'one-to-many' : 'many-to-one',
      constraint: routine.name,
      source: { schema: source.schema, name: source.name },
      target,
      pairs: [],
      computed: { schema: routine.schema, name: routine.name },
    });
    relationships.set(key(source.schema, source.name), list);
  }
}
