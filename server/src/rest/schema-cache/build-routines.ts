import type { FunctionParameter, Routine } from './types';

export interface RoutineRow {
  schema: string;
  name: string;
  description: string | null;
  volatility: 'i' | 's' | 'v';
  set_of: boolean;
  return_type: string;
  return_typtype: string;
  return_schema: string | null;
  return_relation: string | null;
  return_relkind: string | null;
  arg_names: string[];
  arg_modes: string[];
  arg_types: string[];
  defaults: number;
  variadic: boolean;
  /** `schema.relation` when the only parameter is a relation's row type. */
  row_argument?: string | null;
  /** The planner's row estimate (`rows 1` marks a set-returning function as to-one). */
  rows?: number;
}

const VOLATILITY = { i: 'immutable', s: 'stable', v: 'volatile' } as const;

export function buildRoutine(row: RoutineRow): Routine {
  const inputs: FunctionParameter[] = [];
  const columns: { name: string; type: string }[] = [];
  row.arg_types.forEach((type, i) => {
    const mode = row.arg_modes[i] ?? 'i';
    if (mode === 'o' || mode === 't' || mode === 'b')
      columns.push({ name: row.arg_names[i] ?? '', type });
    if (mode === 'i' || mode === 'b' || mode === 'v') {
      inputs.push({
        name: row.arg_names[i] ?? '',
        type,
        hasDefault: false,
        variadic: mode === 'v',
      });
    }
  });
  // The last `pronargdefaults` input parameters have defaults.
  inputs.forEach((p, i) => {
    p.hasDefault = i >= inputs.length - row.defaults;
  });
  const tableType = row.return_relkind !== null && row.return_relkind !== 'c';
  const routine: Routine = {
    schema: row.schema,
    name: row.name,
    parameters: inputs,
    returns: {
      type: row.return_type,
      setOf: row.set_of,
      composite: row.return_typtype === 'c' || (row.return_type === 'record' && columns.length > 0),
      void: row.return_type === 'void',
      columns,
    },
    volatility: VOLATILITY[row.volatility],
    description: row.description,
  };
  if (tableType && row.return_schema && row.return_relation) {
    routine.returns.relation = { schema: row.return_schema, name: row.return_relation };
  }
  return routine;
}

/** Built-in type names offered for `::casts`; anything else must be a type of the exposed schemas. */
export const BUILTIN_CASTS: Record<string, string> = {
  text: 'text',
  varchar: 'varchar',
  char: 'char',
  name: 'name',
  citext: 'text',
  int: 'integer',
  integer: 'integer',
  int2: 'smallint',
  smallint: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  bigint: 'bigint',
  numeric: 'numeric',
  decimal: 'numeric',
  real: 'real',
  float4: 'real',
  float8: 'double precision',
  float: 'double precision',
  'double precision': 'double precision',
  bool: 'boolean',
  boolean: 'boolean',
  date: 'date',
  time: 'time',
  timetz: 'timetz',
  timestamp: 'timestamp',
  timestamptz: 'timestamptz',
  interval: 'interval',
  json: 'json',
  jsonb: 'jsonb',
  uuid: 'uuid',
  money: 'money',
  bytea: 'bytea',
  inet: 'inet',
  cidr: 'cidr',
  tsvector: 'tsvector',
  tsquery: 'tsquery',
  int4range: 'int4range',
  int8range: 'int8range',
  numrange: 'numrange',
  tsrange: 'tsrange',
  tstzrange: 'tstzrange',
  daterange: 'daterange',
};
