import { ApiError } from '../api-error';
import { fieldOutputName } from '../parse/field';
import type { NodeParams, SelectItem } from '../parse/types';
import type { Relation, SchemaCache } from '../schema-cache/types';
import { planConditions, planOrder, resolveField } from './conditions';
import { findRelationship } from './relationship';
import type { EmbedPlan, OutputItem, ReadPlan } from './types';

export interface ReadContext {
  cache: SchemaCache;
  params: Map<string, NodeParams>;
  /** Embed paths whose params were used (unused ones are errors). */
  usedPaths: Set<string>;
  nextAlias: number;
}

/** Plans one level of a read and, recursively, its embedded resources. */
export function planRead(
  ctx: ReadContext,
  relation: Relation,
  select: SelectItem[],
  path: string[],
): ReadPlan {
  const alias = `t${ctx.nextAlias++}`;
  const plan: ReadPlan = { relation, alias, output: [], where: [], order: [], embeds: [] };
  for (const item of select) plan.output.push(...planItem(ctx, plan, item, path));
  const params = paramsFor(ctx, path, plan);
  plan.where = planConditions(relation, plan.embeds, params.filters);
  plan.order = planOrder(relation, plan.embeds, params.order);
  if (params.limit !== undefined) plan.limit = params.limit;
  if (params.offset !== undefined) plan.offset = params.offset;
  return plan;
}

function paramsFor(ctx: ReadContext, path: string[], plan: ReadPlan): NodeParams {
  const key = path.join('.');
  ctx.usedPaths.add(key);
  const params = ctx.params.get(key) ?? { filters: [], order: [] };
  // Filters on an !inner embed also filter the parent: mark them so SQL joins them in.
  for (const embed of plan.embeds) if (embed.inner) embed.filtersParent = true;
  return params;
}

function planItem(
  ctx: ReadContext,
  plan: ReadPlan,
  item: SelectItem,
  path: string[],
): OutputItem[] {
  const { relation } = plan;
  if (item.kind === 'star') {
    return [...relation.columns.values()].map((c) => ({
      kind: 'column',
      ref: { column: c.name, type: c.type, jsonPath: [] },
      as: c.name,
    }));
  }
  if (item.kind === 'column') {
    const ref = resolveField(relation, item.field);
    const out: OutputItem = { kind: 'column', ref, as: item.alias ?? fieldOutputName(item.field) };
    if (item.cast !== undefined) out.cast = resolveCast(ctx.cache, item.cast);
    return [out];
  }
  const embed = planEmbed(ctx, plan, item, path);
  plan.embeds.push(embed);
  return [embed.spread ? { kind: 'spread', embed } : { kind: 'embed', embed, as: embed.name }];
}

function planEmbed(
  ctx: ReadContext,
  parent: ReadPlan,
  item: Extract<SelectItem, { kind: 'embed' }>,
  path: string[],
): EmbedPlan {
  const relationship = findRelationship(ctx.cache, parent.relation, item.name, item.hint);
  const target = ctx.cache.relations.get(
    `${relationship.target.schema}.${relationship.target.name}`,
  );
  if (!target)
    throw new ApiError(400, 'PGRST200', `Could not find '${item.name}' in the schema cache`);
  const name = item.alias ?? item.name;
  const childPath = [...path, ctx.params.has([...path, name].join('.')) ? name : item.name];
  const toOne = relationship.kind === 'many-to-one' || relationship.kind === 'one-to-one';
  if (item.spread && !toOne) {
    throw new ApiError(
      400,
      'PGRST119',
      `A spread operation on '${item.name}' is not possible`,
      `'${parent.relation.name}' and '${item.name}' do not form a many-to-one or one-to-one relationship`,
    );
  }
  const lateral = `l${ctx.nextAlias}`;
  const select: SelectItem[] = item.select.length ? item.select : [{ kind: 'star' }];
  const embed: EmbedPlan = {
    relationship,
    plan: planRead(ctx, target, select, childPath),
    name,
    toOne,
    inner: item.inner,
    spread: item.spread,
    lateral,
    filtersParent: item.inner,
  };
  if (relationship.junction) embed.junctionAlias = `j${ctx.nextAlias++}`;
  return embed;
}

/** Casts name types from the cache only: built-ins and the exposed schemas' own types. */
export function resolveCast(cache: SchemaCache, cast: string): string {
  const array = cast.endsWith('[]');
  const base = (array ? cast.slice(0, -2) : cast).trim().toLowerCase().replace(/\s+/g, ' ');
  const sql = cache.castTypes.get(base);
  if (!sql) throw new ApiError(400, '42704', `type "${cast}" does not exist`);
  return array ? `${sql}[]` : sql;
}

/** Every embed path in the query string must belong to an embed of the select. */
export function checkUnusedPaths(ctx: ReadContext): void {
  for (const key of ctx.params.keys()) {
    if (!ctx.usedPaths.has(key)) {
      throw new ApiError(
        400,
        'PGRST108',
        `'${key}' is not an embedded resource in this request`,
        null,
        `Verify that '${key}' is included in the 'select' query parameter.`,
      );
    }
  }
}
