import type { Column, Relation, Routine, SchemaCache } from './schema-cache/types';

/** JSON Schema type of a PostgreSQL type, as PostgREST's OpenAPI output names them. */
function jsonType(pgType: string): { type: string; format: string } {
  const base = pgType.replace(/\(.*\)/, '');
  if (base.endsWith('[]')) return { type: 'array', format: base };
  if (/^(integer|smallint|bigint)$/.test(base)) return { type: 'integer', format: base };
  if (/^(numeric|real|double precision)$/.test(base)) return { type: 'number', format: base };
  if (base === 'boolean') return { type: 'boolean', format: base };
  if (base === 'json' || base === 'jsonb') return { type: 'object', format: base };
  return { type: 'string', format: base };
}

function columnSchema(relation: Relation, column: Column): Record<string, unknown> {
  const schema: Record<string, unknown> = { ...jsonType(column.type) };
  const notes = [
    column.description,
    relation.primaryKey.includes(column.name) ? 'Note:\nThis is a Primary Key.<pk/>' : null,
  ].filter(Boolean);
  if (notes.length) schema.description = notes.join('\n\n');
  if (column.defaultSql) schema.default = column.defaultSql;
  return schema;
}

function definition(relation: Relation): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const column of relation.columns.values())
    properties[column.name] = columnSchema(relation, column);
  const required = [...relation.columns.values()]
    .filter((c) => !c.nullable && !c.defaultSql)
    .map((c) => c.name);
  const out: Record<string, unknown> = { type: 'object', properties };
  if (required.length) out.required = required;
  if (relation.description) out.description = relation.description;
  return out;
}

function relationPath(relation: Relation): Record<string, unknown> {
  const tags = [relation.name];
  const ref = { $ref: `#/definitions/${relation.name}` };
  const ok = { description: 'OK', schema: { type: 'array', items: ref } };
  const path: Record<string, unknown> = {
    get: {
      tags,
      summary: relation.description ?? undefined,
      responses: { '200': ok, '206': { description: 'Partial Content' } },
    },
  };
  if (relation.insertable) path.post = { tags, responses: { '201': { description: 'Created' } } };
  if (relation.updatable)
    path.patch = { tags, responses: { '204': { description: 'No Content' } } };
  if (relation.deletable)
    path.delete = { tags, responses: { '204': { description: 'No Content' } } };
  return path;
}

function routinePath(routine: Routine): Record<string, unknown> {
  const tags = [`(rpc) ${routine.name}`];
  const properties: Record<string, unknown> = {};
  for (const p of routine.parameters) properties[p.name] = jsonType(p.type);
  const required = routine.parameters.filter((p) => !p.hasDefault).map((p) => p.name);
  const body = {
    in: 'body',
    name: 'args',
    required: true,
    schema: { type: 'object', properties, required },
  };
  const path: Record<string, unknown> = {
    post: {
      tags,
      summary: routine.description ?? undefined,
      parameters: [body],
      responses: { '200': { description: 'OK' } },
    },
  };
  if (routine.volatility !== 'volatile') {
    path.get = {
      tags,
      parameters: routine.parameters.map((p) => ({
        in: 'query',
        name: p.name,
        required: !p.hasDefault,
        ...jsonType(p.type),
      })),
      responses: { '200': { description: 'OK' } },
    };
  }
  return path;
}

/** An OpenAPI 2.0 description of one exposed schema, as PostgREST serves at the root. */
export function buildOpenApi(cache: SchemaCache, schema: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {
    '/': {
      get: {
        tags: ['Introspection'],
        summary: 'OpenAPI description (this document)',
        responses: { '200': { description: 'OK' } },
      },
    },
  };
  const definitions: Record<string, unknown> = {};
  for (const relation of cache.relations.values()) {
    if (relation.schema !== schema) continue;
    paths[`/${relation.name}`] = relationPath(relation);
    definitions[relation.name] = definition(relation);
  }
  for (const routines of cache.routines.values()) {
    const routine = routines[0];
    if (!routine || routine.schema !== schema) continue;
    paths[`/rpc/${routine.name}`] = routinePath(routine);
  }
  return {
    swagger: '2.0',
    info: {
      title: 'Crewlog data API',
      description: `PostgREST-compatible API of schema ${schema}`,
      version: '1',
    },
    consumes: ['application/json', 'application/vnd.pgrst.object+json', 'text/csv'],
    produces: ['application/json', 'application/vnd.pgrst.object+json', 'text/csv'],
    paths,
    definitions,
  };
}
