import { ApiError } from '../api-error';
import type { Relation, Relationship, SchemaCache } from '../schema-cache/types';

function describe(rel: Relationship): {
  cardinality: string;
  embedding: string;
  relationship: string;
} {
  const cols = (pairs: [string, string][], side: 0 | 1) => pairs.map((p) => p[side]).join(', ');
  const through = rel.junction
    ? `${rel.junction.sourceConstraint}, ${rel.junction.targetConstraint} using ${rel.junction.relation.schema}.${rel.junction.relation.name}`
    : `${rel.constraint} using ${rel.source.name}(${cols(rel.pairs, 0)}) and ${rel.target.name}(${cols(rel.pairs, 1)})`;
  return {
    cardinality: rel.kind,
    embedding: `${rel.source.name} with ${rel.target.name}`,
    relationship: through,
  };
}

function hintOf(rel: Relationship): string {
  return rel.junction ? rel.junction.relation.name : rel.constraint;
}

function matchesHint(rel: Relationship, hint: string): boolean {
  if (rel.constraint === hint) return true;
  if (rel.junction) return rel.junction.relation.name === hint;
  return rel.pairs.some(([source, target]) => source === hint || target === hint);
}

/**
 * The one relationship that embedding `target` (optionally `!hint`) from `source` means,
 * or PostgREST's PGRST200 (none) / PGRST201 (ambiguous, status 300) errors.
 */
export function findRelationship(
  cache: SchemaCache,
  source: Relation,
  target: string,
  hint: string | undefined,
): Relationship {
  const all = cache.relationships.get(`${source.schema}.${source.name}`) ?? [];
  let candidates = all.filter((r) =>
    r.computed
      ? r.computed.name === target
      : r.target.name === target && r.target.schema === source.schema,
  );
  if (hint !== undefined) candidates = candidates.filter((r) => matchesHint(r, hint));
  if (hint !== undefined && candidates.length > 1) {
    // A column hint names the foreign key column on the embedding side first (many-to-one).
    const own = candidates.filter(
      (r) => r.kind === 'many-to-one' && r.pairs.some(([s]) => s === hint),
    );
    if (own.length === 1) candidates = own;
  }
  if (candidates.length === 1) return candidates[0] as Relationship;
  if (candidates.length === 0) {
    throw new ApiError(
      400,
      'PGRST200',
      `Could not find a relationship between '${source.name}' and '${target}' in the schema cache`,
      `Searched for a foreign key relationship between '${source.name}' and '${target}'${hint ? ` using the hint '${hint}'` : ''} in the schema '${source.schema}', but no matches were found.`,
    );
  }
  const error = new ApiError(
    300,
    'PGRST201',
    `Could not embed because more than one relationship was found for '${source.name}' and '${target}'`,
    null,
    `Try changing '${target}' to one of the following: ${candidates.map((r) => `'${target}!${hintOf(r)}'`).join(', ')}. Find the desired relationship in the 'details' key.`,
  );
  (error.body as { details: unknown }).details = candidates.map(describe);
  throw error;
}
