import { ApiError, columnNotFound } from '../api-error';
import type { Field, LogicTree, OrderTerm } from '../parse/types';
import type { Relation } from '../schema-cache/types';
import type { ColumnRef, EmbedPlan, PlannedCondition, PlannedOrder } from './types';

/** Resolves a field against the relation's columns (the only names SQL will carry). */
export function resolveField(relation: Relation, field: Field): ColumnRef {
  const column = relation.columns.get(field.name);
  if (!column) {
    const routine = relation.computed?.get(field.name);
    if (!routine) throw columnNotFound(relation.name, field.name);
    const computed = { schema: routine.schema, name: routine.name };
    return { column: field.name, type: routine.returns.type, jsonPath: field.jsonPath, computed };
  }
  return { column: column.name, type: column.type, jsonPath: field.jsonPath };
}

function findEmbed(embeds: EmbedPlan[], name: string): EmbedPlan | undefined {
  return embeds.find((e) => e.name === name || e.relationship.target.name === name);
}

/** Filters and logic trees of one level, resolved against its relation and embeds. */
export function planConditions(
  relation: Relation,
  embeds: EmbedPlan[],
  trees: LogicTree[],
): PlannedCondition[] {
  return trees.map((tree) => planTree(relation, embeds, tree));
}

function planTree(relation: Relation, embeds: EmbedPlan[], tree: LogicTree): PlannedCondition {
  if (tree.kind !== 'condition') {
    return {
      kind: tree.kind,
      negate: tree.negate,
      children: tree.children.map((child) => planTree(relation, embeds, child)),
    };
  }
  const { condition } = tree;
  const embed =
    relation.columns.has(condition.field.name) || relation.computed?.has(condition.field.name)
      ? undefined
      : findEmbed(embeds, condition.field.name);
  if (embed) {
    // `embed=is.null` / `embed=not.is.null`: whether related rows exist.
    if (condition.op !== 'is' || (condition.value !== 'null' && condition.value !== 'not_null')) {
      throw new ApiError(
        400,
        'PGRST120',
        'Only is null or not is null filters are allowed on embedded resources',
      );
    }
    embed.filtersParent = true;
    const isNull = (condition.value === 'null') !== condition.negate;
    return { kind: 'embed-exists', embed, negate: isNull };
  }
  const planned: PlannedCondition = {
    kind: 'condition',
    ref: resolveField(relation, condition.field),
    negate: condition.negate,
    op: condition.op,
    value: condition.value,
  };
  if (condition.modifier) planned.modifier = condition.modifier;
  if (condition.language) planned.language = condition.language;
  return planned;
}

/** `order` terms; `relation(column)` must name a to-one embed of this level. */
export function planOrder(
  relation: Relation,
  embeds: EmbedPlan[],
  terms: OrderTerm[],
): PlannedOrder[] {
  return terms.map((term) => {
    let target = relation;
    let embed: EmbedPlan | undefined;
    if (term.relation !== undefined) {
      embed = findEmbed(embeds, term.relation);
      if (!embed?.toOne) {
        throw new ApiError(
          400,
          'PGRST118',
          `A related order on '${term.relation}' is not possible`,
          embed ? `'${embed.name}' is not a to-one relationship` : null,
        );
      }
      target = embed.plan.relation;
    }
    const planned: PlannedOrder = { ref: resolveField(target, term.field) };
    if (embed) planned.embed = embed;
    if (term.direction) planned.direction = term.direction;
    if (term.nulls) planned.nulls = term.nulls;
    return planned;
  });
}
