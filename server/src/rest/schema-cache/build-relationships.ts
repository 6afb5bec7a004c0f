import type { ColumnOrigins, ConstraintRow } from './build-relations';
import { aliasesOf } from './build-relations';
import type { QualifiedName, Relation, Relationship } from './types';

function nameOf(relationKey: string, relations: Map<string, Relation>): QualifiedName {
  const relation = relations.get(relationKey) as Relation;
  return { schema: relation.schema, name: relation.name };
}

function isUnique(relation: Relation, columns: string[]): boolean {
  return relation.uniqueKeys.some(
    (keyColumns) =>
      keyColumns.length === columns.length && keyColumns.every((c) => columns.includes(c)),
  );
}

/**
 * Relationships between exposed relations: each foreign key in both directions, repeated
 * for every view that shows the key columns of either side (as PostgREST infers them),
 * plus many-to-many through junctions whose two foreign keys are part of their key.
 */
export function buildRelationships(
  constraints: ConstraintRow[],
  relations: Map<string, Relation>,
  origins: ColumnOrigins,
): Map<string, Relationship[]> {
  const all: Relationship[] = [];
  for (const con of constraints) {
    if (con.type !== 'f' || !con.foreign_schema || !con.foreign_relation) continue;
    const sources = aliasesOf(`${con.schema}.${con.relation}`, con.columns, relations, origins);
    const targets = aliasesOf(
      `${con.foreign_schema}.${con.foreign_relation}`,
      con.foreign_columns,
      relations,
      origins,
    );
    for (const s of sources) {
      for (const t of targets) {
        const pairs = s.columns.map((c, i): [string, string] => [c, t.columns[i] as string]);
        const oneToOne = isUnique(relations.get(s.relation) as Relation, s.columns);
        const source = nameOf(s.relation, relations);
        const target = nameOf(t.relation, relations);
        all.push({
          kind: oneToOne ? 'one-to-one' : 'many-to-one',
          constraint: con.name,
          source,
          target,
          pairs,
        });
        all.push({
          kind: oneToOne ? 'one-to-one' : 'one-to-many',
          constraint: con.name,
          source: target,
          target: source,
          pairs: pairs.map(([a, b]): [string, string] => [b, a]),
        });
      }
    }
  }
  all.push(...manyToMany(all, relations));
  const bySource = new Map<string, Relationship[]>();
  for (const rel of all) {
    const k = `${rel.source.schema}.${rel.source.name}`;
    const list = bySource.get(k) ?? [];
    list.push(rel);
    bySource.set(k, list);
  }
  return bySource;
}

function manyToMany(direct: Relationship[], relations: Map<string, Relation>): Relationship[] {
  const found: Relationship[] = [];
  const toOne = direct.filter((r) => r.kind === 'many-to-one');
  for (const junction of relations.values()) {
    const keyColumns = junction.primaryKey;
    const fks = toOne.filter(
      (r) =>
        r.source.schema === junction.schema &&
        r.source.name === junction.name &&
        r.pairs.every(([c]) => keyColumns.includes(c)),
    );
    for (const a of fks) {
      for (const b of fks) {
        if (a === b || a.constraint === b.constraint) continue;
        found.push({
          kind: 'many-to-many',
          constraint: b.constraint,
          source: a.target,
          target: b.target,
          pairs: [],
          junction: {
            relation: { schema: junction.schema, name: junction.name },
            sourceConstraint: a.constraint,
            targetConstraint: b.constraint,
            sourcePairs: a.pairs.map(([j, s]): [string, string] => [s, j]),
            targetPairs: b.pairs.map(([j, t]): [string, string] => [t, j]),
          },
        });
      }
    }
  }
  return found;
}
