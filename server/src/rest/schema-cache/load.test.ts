import { describe, expect, it } from 'vitest';
import { sampleCache } from './sample-cache';

describe('assembleSchemaCache', () => {
  const cache = sampleCache();
  const kinds = (source: string) =>
    (cache.relationships.get(`api.${source}`) ?? []).map(
      (r) => `${r.kind}:${r.target.name}:${r.constraint}`,
    );

  it('reads relations, keys and updatability', () => {
    const projects = cache.relations.get('api.projects');
    expect(projects?.primaryKey).toEqual(['id']);
    expect(projects?.insertable && projects.updatable && projects.deletable).toBe(true);
    expect(cache.relations.get('api.users_tasks')?.primaryKey).toEqual(['user_id', 'task_id']);
  });

  it('derives both directions of each foreign key and many-to-many through junctions', () => {
    expect(kinds('projects')).toEqual(
      expect.arrayContaining([
        'many-to-one:clients:projects_client_fk',
        'one-to-many:tasks:tasks_project_fk',
      ]),
    );
    expect(kinds('users')).toContain('many-to-many:tasks:ut_task_fk');
    expect(kinds('tasks')).toContain('many-to-many:users:ut_user_fk');
  });

  it('infers keys and relationships of views from their base tables', () => {
    expect(cache.relations.get('api.client_view')?.primaryKey).toEqual(['key']);
    expect(kinds('projects')).toContain('many-to-one:client_view:projects_client_fk');
    const viewRel = cache.relationships
      .get('api.client_view')
      ?.find((r) => r.target.name === 'projects');
    expect(viewRel?.pairs).toEqual([['key', 'client_id']]);
  });

  it('reads routines with parameters, defaults and result shapes', () => {
    const hello = cache.routines.get('api.hello')?.[0];
    expect(hello?.parameters).toEqual([
      { name: 'name', type: 'text', hasDefault: true, variadic: false },
    ]);
    const pairs = cache.routines.get('api.pairs')?.[0];
    expect(pairs?.parameters).toEqual([]);
    expect(pairs?.returns).toMatchObject({
      composite: true,
      setOf: true,
      columns: [{ name: 'x' }, { name: 'y' }],
    });
    expect(cache.routines.get('api.client_projects')?.[0]?.returns.relation).toEqual({
      schema: 'api',
      name: 'projects',
    });
    expect(cache.routines.get('api.twin')).toHaveLength(2);
  });

  it('offers built-in and schema types for casts', () => {
    expect(cache.castTypes.get('int')).toBe('integer');
    expect(cache.castTypes.get('mood')).toBe('"api"."mood"');
  });
});
