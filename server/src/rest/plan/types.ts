import type { IsValue, JsonPathStep, MediaType, Operator, Preferences } from '../parse/types';
import type { Relation, Relationship, Routine } from '../schema-cache/types';

/** A column of the relation at hand, checked against the schema cache. */
export interface ColumnRef {
  column: string;
  /** The column's type, from the cache (decides e.g. how full-text search applies). */
  type: string;
  jsonPath: JsonPathStep[];
  /** A computed field: the function to call with the row. */
  computed?: { schema: string; name: string };
}

export type OutputItem =
  | { kind: 'column'; ref: ColumnRef; cast?: string; as: string }
  | { kind: 'embed'; embed: EmbedPlan; as: string }
  | { kind: 'spread'; embed: EmbedPlan };

export type PlannedCondition =
  | {
      kind: 'condition';
      ref: ColumnRef;
      negate: boolean;
      op: Operator;
      modifier?: 'any' | 'all';
      language?: string;
      value: string | string[] | IsValue;
    }
  | { kind: 'embed-exists'; embed: EmbedPlan; negate: boolean }
  | { kind: 'and' | 'or'; negate: boolean; children: PlannedCondition[] };

export interface PlannedOrder {
  ref: ColumnRef;
  /** Ordering by a column of a to-one embedded resource. */
  embed?: EmbedPlan;
  direction?: 'asc' | 'desc';
  nulls?: 'first' | 'last';
}

/** One level of a read: a relation (or a call's result), what to show, which rows. */
export interface ReadPlan {
  relation: Relation;
  /** SQL alias of this level's relation: t0 for the root, t1… for embeds. */
  alias: string;
  output: OutputItem[];
  where: PlannedCondition[];
  order: PlannedOrder[];
  limit?: number;
  offset?: number;
  embeds: EmbedPlan[];
}

export interface EmbedPlan {
  relationship: Relationship;
  plan: ReadPlan;
  /** Key in the parent's JSON. */
  name: string;
  toOne: boolean;
  inner: boolean;
  spread: boolean;
  /** SQL alias of the lateral subquery that builds this embed. */
  lateral: string;
  /** Junction alias for many-to-many. */
  junctionAlias?: string;
  /** Whether the parent's WHERE refers to this embed (!inner, is.null filters). */
  filtersParent: boolean;
}

export type Source =
  | { kind: 'relation' }
  | { kind: 'call'; call: CallPlan }
  | { kind: 'mutation'; mutation: MutationPlan };

export interface CallPlan {
  routine: Routine;
  /** Named arguments with their types (from the cache) and a JSON object of values. */
  args: { name: string; type: string }[];
  argsJson: string;
  /** The whole body goes to the function's single json/jsonb (or raw) parameter. */
  singleParameter?: { type: string; value: string };
  /** Rows (filters, order, select apply) or one value. */
  resultKind: 'rows' | 'row' | 'scalar' | 'scalars' | 'void';
}

export interface MutationPlan {
  kind: 'insert' | 'update' | 'delete';
  /** Columns written, from the payload (or `columns=`), checked against the cache. */
  columns: string[];
  payloadJson: string;
  onConflict?: { columns: string[]; resolution: 'merge-duplicates' | 'ignore-duplicates' };
  missingDefault: boolean;
  /** Which columns the mutation returns: all (representation), keys (Location) or none. */
  returning: 'all' | 'keys' | 'none';
  /** Limited update/delete (order + limit on a table). */
  limited?: { order: PlannedOrder[]; limit: number; offset: number };
  /** Root filters that choose rows to update/delete. */
  where: PlannedCondition[];
}

export interface Plan {
  /** The action after planning (PUT becomes an upsert insert, RPC a call). */
  action: 'read' | 'create' | 'update' | 'delete' | 'upsert' | 'call';
  schema: string;
  read: ReadPlan;
  source: Source;
  media: MediaType;
  stripNulls: boolean;
  prefer: Preferences;
  count: 'exact' | 'planned' | 'estimated' | undefined;
  /** The offset the client asked for (for Content-Range). */
  offset: number;
  headOnly: boolean;
  /** Table has a primary key and this is an insert: Location can be built. */
  locationKeys?: string[];
  method: string;
}
