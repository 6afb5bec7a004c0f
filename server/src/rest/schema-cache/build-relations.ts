import type { Column, Relation, RelationKind } from './types';
import { key } from './types';

export interface RelationRow {
  schema: string;
  name: string;
  kind: string;
  description: string | null;
  updatable: number;
  columns: {
    name: string;
    type: string;
    nullable: boolean;
    default: string | null;
    description: string | null;
  }[];
}

export interface ConstraintRow {
  name: string;
  type: 'p' | 'u' | 'f';
  schema: string;
  relation: string;
  columns: string[];
  foreign_schema: string | null;
  foreign_relation: string | null;
  foreign_columns: string[];
}

export interface ViewColumnRow {
  schema: string;
  view: string;
  column: string;
  origin_schema: string;
  origin_relation: string;
  origin_column: string;
}

const KINDS: Record<string, RelationKind> = {
  r: 'table',
  v: 'view',
  m: 'materialized_view',
  f: 'foreign_table',
  p: 'partitioned_table',
};

// pg_relation_is_updatable's bit mask: 1 << CmdType (update = 2, insert = 3, delete = 4).
const UPDATE_BIT = 4;
const INSERT_BIT = 8;
const DELETE_BIT = 16;

export function buildRelation(row: RelationRow): Relation {
  const columns = new Map<string, Column>();
  for (const c of row.columns) {
    columns.set(c.name, {
      name: c.name,
      type: c.type,
      nullable: c.nullable,
      defaultSql: c.default,
      description: c.description,
    });
  }
  return {
    schema: row.schema,
    name: row.name,
    kind: KINDS[row.kind] ?? 'table',
    columns,
    primaryKey: [],
    uniqueKeys: [],
    insertable: (row.updatable & INSERT_BIT) !== 0,
    updatable: (row.updatable & UPDATE_BIT) !== 0,
    deletable: (row.updatable & DELETE_BIT) !== 0,
    description: row.description,
  };
}

/** Column origins of views, followed through views over views to a base relation. */
export type ColumnOrigins = Map<string, Map<string, { relation: string; column: string }>>;

export function buildColumnOrigins(rows: ViewColumnRow[]): ColumnOrigins {
  const direct: ColumnOrigins = new Map();
  for (const row of rows) {
    const view = key(row.schema, row.view);
    const columns = direct.get(view) ?? new Map();
    direct.set(view, columns);
    // The view's own target list comes last in the rule text; later matches win.
    columns.set(row.column, {
      relation: key(row.origin_schema, row.origin_relation),
      column: row.origin_column,
    });
  }
  const resolved: ColumnOrigins = new Map();
  for (const [view, columns] of direct) {
    const out = new Map<string, { relation: string; column: string }>();
    for (const [column, origin] of columns) {
      let current = origin;
      for (let depth = 0; depth < 16; depth++) {
        const next = direct.get(current.relation)?.get(current.column);
        if (!next) break;
        current = next;
      }
      out.set(column, current);
    }
    resolved.set(view, out);
  }
  return resolved;
}

/**
 * Every exposed relation that shows all of `columns` of base relation `base`, with the
 * names it shows them under (the base itself first when exposed).
 */
export function aliasesOf(
  base: string,
  columns: string[],
  relations: Map<string, Relation>,
  origins: ColumnOrigins,
): { relation: string; columns: string[] }[] {
  const found: { relation: string; columns: string[] }[] = [];
  if (relations.has(base)) found.push({ relation: base, columns });
  for (const [view, viewColumns] of origins) {
    if (!relations.has(view) || view === base) continue;
    const mapped = columns.map((wanted) => {
      for (const [name, origin] of viewColumns) {
        if (origin.relation === base && origin.column === wanted) return name;
      }
      return undefined;
    });
    if (mapped.every((c): c is string => c !== undefined))
      found.push({ relation: view, columns: mapped });
  }
  return found;
}

/** Primary and unique keys of tables, and inferred ones of views over them. */
export function applyKeys(
  constraints: ConstraintRow[],
  relations: Map<string, Relation>,
  origins: ColumnOrigins,
): void {
  for (const con of constraints) {
    if (con.type === 'f') continue;
    const base = key(con.schema, con.relation);
    for (const alias of aliasesOf(base, con.columns, relations, origins)) {
      const relation = relations.get(alias.relation) as Relation;
      if (con.type === 'p' && relation.primaryKey.length === 0) relation.primaryKey = alias.columns;
      relation.uniqueKeys.push(alias.columns);
    }
  }
}
