import type { RelationRow } from './build-relations';
import type { RoutineRow } from './build-routines';
import { assembleSchemaCache } from './load';
import type { SchemaCache } from './types';

function relation(
  name: string,
  columns: [string, string][],
  kind = 'r',
  schema = 'api',
): RelationRow {
  return {
    schema,
    name,
    kind,
    description: null,
    updatable: 28,
    columns: columns.map(([n, type]) => ({
      name: n,
      type,
      nullable: true,
      default: n === 'id' ? "nextval('seq'::regclass)" : null,
      description: null,
    })),
  };
}

function routine(name: string, overrides: Partial<RoutineRow>): RoutineRow {
  return {
    schema: 'api',
    name,
    description: null,
    volatility: 's',
    set_of: false,
    return_type: 'integer',
    return_typtype: 'b',
    return_schema: null,
    return_relation: null,
    return_relkind: null,
    arg_names: [],
    arg_modes: [],
    arg_types: [],
    defaults: 0,
    variadic: false,
    ...overrides,
  };
}

/** A small catalog, as the loader would read it, for tests of the pure stages. */
export function sampleCache(): SchemaCache {
  return assembleSchemaCache(['api', 'v2'], {
    relations: [
      relation('clients', [
        ['id', 'integer'],
        ['name', 'text'],
      ]),
      relation('projects', [
        ['id', 'integer'],
        ['name', 'text'],
        ['client_id', 'integer'],
      ]),
      relation('tasks', [
        ['id', 'integer'],
        ['name', 'text'],
        ['project_id', 'integer'],
        ['doc', 'tsvector'],
      ]),
      relation('users', [
        ['id', 'integer'],
        ['name', 'text'],
      ]),
      relation('users_tasks', [
        ['user_id', 'integer'],
        ['task_id', 'integer'],
      ]),
      relation('people', [
        ['id', 'integer'],
        ['parent_id', 'integer'],
      ]),
      relation('items', [
        ['id', 'integer'],
        ['data', 'jsonb'],
        ['body', 'text'],
        ['tags', 'text[]'],
      ]),
      relation(
        'client_view',
        [
          ['key', 'integer'],
          ['label', 'text'],
        ],
        'v',
      ),
      relation('things', [['id', 'integer']], 'r', 'v2'),
    ],
    constraints: [
      ...['clients', 'projects', 'tasks', 'users', 'people', 'items', 'things'].map((name) => ({
        name: `${name}_pkey`,
        type: 'p' as const,
        schema: name === 'things' ? 'v2' : 'api',
        relation: name,
        columns: ['id'],
        foreign_schema: null,
        foreign_relation: null,
        foreign_columns: [],
      })),
      {
        name: 'users_tasks_pkey',
        type: 'p',
        schema: 'api',
        relation: 'users_tasks',
        columns: ['user_id', 'task_id'],
        foreign_schema: null,
        foreign_relation: null,
        foreign_columns: [],
      },
      fk('projects_client_fk', 'projects', ['client_id'], 'clients'),
      fk('tasks_project_fk', 'tasks', ['project_id'], 'projects'),
      fk('ut_user_fk', 'users_tasks', ['user_id'], 'users'),
      fk('ut_task_fk', 'users_tasks', ['task_id'], 'tasks'),
      fk('people_parent_fk', 'people', ['parent_id'], 'people'),
    ],
    viewColumns: [
      {
        schema: 'api',
        view: 'client_view',
        column: 'key',
        origin_schema: 'api',
        origin_relation: 'clients',
        origin_column: 'id',
      },
    ],
    routines: [
      routine('add', { arg_names: ['a', 'b'], arg_types: ['integer', 'integer'], volatility: 'i' }),
      routine('hello', {
        arg_names: ['name'],
        arg_types: ['text'],
        defaults: 1,
        return_type: 'text',
      }),
      routine('echo', { arg_names: [''], arg_types: ['json'], return_type: 'json' }),
      routine('client_projects', {
        arg_names: ['client'],
        arg_types: ['integer'],
        set_of: true,
        return_type: 'api.projects',
        return_typtype: 'c',
        return_schema: 'api',
        return_relation: 'projects',
        return_relkind: 'r',
      }),
      routine('pairs', {
        arg_names: ['x', 'y'],
        arg_modes: ['t', 't'],
        arg_types: ['integer', 'text'],
        set_of: true,
        return_type: 'record',
        return_typtype: 'p',
      }),
      routine('numbers', { set_of: true }),
      routine('nothing', { return_type: 'void', return_typtype: 'p', volatility: 'v' }),
      routine('twin', { arg_names: ['a'], arg_types: ['integer'] }),
      routine('twin', { arg_names: ['a'], arg_types: ['text'] }),
    ],
    types: [{ schema: 'api', name: 'mood' }],
  });
}

function fk(name: string, relation: string, columns: string[], target: string) {
  return {
    name,
    type: 'f' as const,
    schema: 'api',
    relation,
    columns,
    foreign_schema: 'api',
    foreign_relation: target,
    foreign_columns: ['id'],
  };
}
