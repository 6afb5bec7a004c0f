/** The typed request: everything the later stages need, nothing of HTTP left in it. */

export interface JsonPathStep {
  arrow: '->' | '->>';
  /** An object key, or an array index when it is all digits. */
  key: string;
}

/** A column reference, possibly followed by a JSON path (`data->a->>b`). */
export interface Field {
  name: string;
  jsonPath: JsonPathStep[];
}

export type SelectItem =
  | { kind: 'star' }
  | { kind: 'column'; field: Field; alias?: string; cast?: string }
  | {
      kind: 'embed';
      /** The related table or view, as written. */
      name: string;
      alias?: string;
      /** `!fk_name`, `!column` or `!junction_table`. */
      hint?: string;
      inner: boolean;
      spread: boolean;
      select: SelectItem[];
    };

export type Operator =
  | 'eq'
  | 'neq'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'like'
  | 'ilike'
  | 'match'
  | 'imatch'
  | 'in'
  | 'is'
  | 'isdistinct'
  | 'fts'
  | 'plfts'
  | 'phfts'
  | 'wfts'
  | 'cs'
  | 'cd'
  | 'ov'
  | 'sl'
  | 'sr'
  | 'nxr'
  | 'nxl'
  | 'adj';

export type IsValue = 'null' | 'not_null' | 'true' | 'false' | 'unknown';

export interface Condition {
  field: Field;
  negate: boolean;
  op: Operator;
  modifier?: 'any' | 'all';
  /** Text search configuration, as in `fts(english)`. */
  language?: string;
  /** A single value, a list (`in`, `any`/`all`), or an `is` keyword. */
  value: string | string[];
}

export type LogicTree =
  | { kind: 'condition'; condition: Condition }
  | { kind: 'and' | 'or'; negate: boolean; children: LogicTree[] };

export interface OrderTerm {
  /** Set when ordering by a column of a to-one embedded resource: `order=client(name)`. */
  relation?: string;
  field: Field;
  direction?: 'asc' | 'desc';
  nulls?: 'first' | 'last';
}

/** Filters, order and paging for one level of the response (root or an embedded path). */
export interface NodeParams {
  filters: LogicTree[];
  order: OrderTerm[];
  limit?: number;
  offset?: number;
}

export type Resolution = 'merge-duplicates' | 'ignore-duplicates';
export type ReturnPreference = 'representation' | 'minimal' | 'headers-only';
export type CountPreference = 'exact' | 'planned' | 'estimated';

export interface Preferences {
  resolution?: Resolution;
  return?: ReturnPreference;
  params?: 'single-object';
  count?: CountPreference;
  tx?: 'commit' | 'rollback';
  missing?: 'default' | 'null';
  handling?: 'strict' | 'lenient';
  maxAffected?: number;
  timezone?: string;
  invalid: string[];
}

export type MediaType = 'json' | 'object' | 'csv' | 'openapi';

export type Action =
  | 'read'
  | 'create'
  | 'update'
  | 'upsert'
  | 'delete'
  | 'call'
  | 'schema'
  | 'options';

export type Target =
  | { kind: 'relation'; name: string }
  | { kind: 'function'; name: string }
  | { kind: 'root' };

/** The request body after decoding: rows for writes, an object of arguments for calls. */
export type Payload =
  | { kind: 'rows'; rows: Record<string, unknown>[]; keys: string[]; isArray: boolean }
  | { kind: 'raw'; value: unknown };

export interface ApiRequest {
  action: Action;
  method: string;
  target: Target;
  schema: string;
  /** Whether a profile header chose the schema (then the response names it back). */
  headOnly: boolean;
  select: SelectItem[];
  /** Keyed by embed path joined with '.', '' for the root. */
  params: Map<string, NodeParams>;
  /** Query parameters that are not reserved words, in order (RPC arguments or filters). */
  rest: [string, string][];
  columns?: string[];
  onConflict?: string[];
  prefer: Preferences;
  media: MediaType;
  /** `nulls=stripped` on the JSON media types: null-valued keys are left out. */
  stripNulls: boolean;
  /** Range header lower/upper bound (upper may be open). */
  range?: { lower: number; upper?: number };
  payload?: Payload;
}
