/** What the engine knows about the exposed schemas: the only source of SQL identifiers. */

export interface Column {
  name: string;
  /** `format_type` of the column, e.g. `integer`, `text[]`, `api.status`. */
  type: string;
  nullable: boolean;
  /** The default expression (from the catalog), used for `Prefer: missing=default`. */
  defaultSql: string | null;
  description: string | null;
}

export type RelationKind =
  | 'table'
  | 'view'
  | 'materialized_view'
  | 'foreign_table'
  | 'partitioned_table';

export interface Relation {
  schema: string;
  name: string;
  kind: RelationKind;
  columns: Map<string, Column>;
  /** Primary key columns (for views: inferred from the base table). */
  primaryKey: string[];
  /** Column sets that are unique (primary key and unique constraints). */
  uniqueKeys: string[][];
  insertable: boolean;
  updatable: boolean;
  deletable: boolean;
  description: string | null;
  /** Computed fields: scalar functions taking this relation's row, by name. */
  computed?: Map<string, Routine>;
}

export interface QualifiedName {
  schema: string;
  name: string;
}

/** One foreign key as seen from one side: `columns` of `source` refer to `target`. */
export interface Relationship {
  kind: 'many-to-one' | 'one-to-many' | 'one-to-one' | 'many-to-many';
  constraint: string;
  source: QualifiedName;
  target: QualifiedName;
  /** [source column, target column] pairs (direct relationships). */
  pairs: [string, string][];
  /** A computed relationship: a function of the source row returning target rows. */
  computed?: QualifiedName;
  junction?: {
    relation: QualifiedName;
    sourceConstraint: string;
    targetConstraint: string;
    /** [source column, junction column] pairs. */
    sourcePairs: [string, string][];
    /** [target column, junction column] pairs. */
    targetPairs: [string, string][];
  };
}

export interface FunctionParameter {
  name: string;
  type: string;
  hasDefault: boolean;
  variadic: boolean;
}

export interface RoutineReturn {
  /** `format_type` of the return type. */
  type: string;
  setOf: boolean;
  /** When the function returns rows of a table or view: that relation (allows embedding). */
  relation?: QualifiedName;
  /** Columns of the result when it is a composite (table type, OUT parameters, `returns table`). */
  composite: boolean;
  void: boolean;
  /** Result columns named by OUT / TABLE parameters (`returns table (x int, y text)`). */
  columns: { name: string; type: string }[];
}

export interface Routine {
  schema: string;
  name: string;
  parameters: FunctionParameter[];
  returns: RoutineReturn;
  volatility: 'immutable' | 'stable' | 'volatile';
  description: string | null;
}

export interface SchemaCache {
  schemas: string[];
  relations: Map<string, Relation>;
  /** Keyed by `schema.name` of the source relation. */
  relationships: Map<string, Relationship[]>;
  routines: Map<string, Routine[]>;
  /** Type names usable in `::casts`, lower-case name → SQL to splice. */
  castTypes: Map<string, string>;
  /** Names accepted by `Prefer: timezone=…`. */
  timezones: Set<string>;
}

export function key(schema: string, name: string): string {
  return `${schema}.${name}`;
}
