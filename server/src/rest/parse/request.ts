import {
  ApiError,
  invalidPath,
  methodNotAllowed,
  parseError,
  rangeNotSatisfiable,
  schemaNotExposed,
} from '../api-error';
import { parseBody } from './body';
import { parseField } from './field';
import { parseCondition, parseLogicTree, splitTopLevel, unquote } from './filter';
import { negotiateMedia } from './media';
import { parseOrder } from './order';
import { parsePrefer } from './prefer';
import { parseSelect } from './select';
import type { Action, ApiRequest, NodeParams, Target } from './types';

export interface RawRequest {
  method: string;
  /** The path below the API prefix, without leading slash: '', 'items', 'rpc/fn'. */
  path: string;
  /** The raw query string, without '?'. */
  query: string;
  /** Lower-case header names. */
  headers: Record<string, string | string[] | undefined>;
  body?: string | undefined;
}

export interface ParseConfig {
  schemas: string[];
  allowTxOverride: boolean;
}

/** Stage one: HTTP request → typed ApiRequest, or an ApiError (always a 4xx). */
export function parseRequest(raw: RawRequest, config: ParseConfig): ApiRequest {
  const method = raw.method.toUpperCase();
  const target = parseTarget(raw.path);
  const action = actionOf(method, target);
  const header = (name: string) => firstHeader(raw.headers[name]);
  const request: ApiRequest = {
    action,
    method,
    target,
    schema: chooseSchema(
      method,
      header('accept-profile'),
      header('content-profile'),
      config.schemas,
    ),
    headOnly: method === 'HEAD',
    select: [{ kind: 'star' }],
    params: new Map(),
    rest: [],
    prefer: parsePrefer(allHeaders(raw.headers.prefer), config.allowTxOverride),
    media: negotiateMedia(header('accept'), action),
    stripNulls: false,
  };
  request.stripNulls =
    (request.media === 'json' || request.media === 'object') &&
    /nulls=stripped/i.test(header('accept') ?? '');
  const { prefer } = request;
  if (prefer.handling === 'strict' && prefer.invalid.length) {
    throw new ApiError(
      400,
      'PGRST122',
      'Invalid preferences given with handling=strict',
      `Invalid preferences: ${prefer.invalid.join(', ')}`,
    );
  }
  readQuery(request, raw.query);
  if (target.kind === 'relation') {
    for (const [key, value] of request.rest) addFilter(request, key, value);
    request.rest = [];
  }
  const range = header('range');
  if (range && (method === 'GET' || method === 'HEAD')) request.range = parseRange(range);
  if (['create', 'update', 'upsert'].includes(action) || (action === 'call' && method === 'POST')) {
    request.payload = parseBody(action, header('content-type'), raw.body, !!request.columns);
  }
  return request;
}

function parseTarget(path: string): Target {
  const segments = path.split('/').filter((s, i, all) => s !== '' || i < all.length - 1);
  if (segments.length === 0 || (segments.length === 1 && segments[0] === ''))
    return { kind: 'root' };
  if (segments.length === 1) return { kind: 'relation', name: segments[0] as string };
  if (segments.length === 2 && segments[0] === 'rpc' && segments[1]) {
    return { kind: 'function', name: segments[1] };
  }
  throw invalidPath();
}

function actionOf(method: string, target: Target): Action {
  if (method === 'OPTIONS') return 'options';
  if (target.kind === 'root') {
    if (method === 'GET' || method === 'HEAD') return 'schema';
    throw methodNotAllowed(method);
  }
  if (target.kind === 'function') {
    if (method === 'GET' || method === 'HEAD' || method === 'POST') return 'call';
    throw new ApiError(405, 'PGRST101', `Cannot use the ${method} method on RPC`);
  }
  const actions: Record<string, Action> = {
    GET: 'read',
    HEAD: 'read',
    POST: 'create',
    PATCH: 'update',
    PUT: 'upsert',
    DELETE: 'delete',
  };
  const action = actions[method];
  if (!action) throw methodNotAllowed(method);
  return action;
}

function chooseSchema(
  method: string,
  accept?: string,
  content?: string,
  schemas: string[] = [],
): string {
  const reading = method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
  const wanted = reading ? accept : content;
  if (wanted === undefined) return schemas[0] ?? 'public';
  if (!schemas.includes(wanted)) throw schemaNotExposed(schemas);
  return wanted;
}

function readQuery(request: ApiRequest, query: string): void {
  for (const [key, value] of new URLSearchParams(query)) {
    if (key === 'select') request.select = parseSelect(value);
    else if (key === 'columns') request.columns = nameList(value);
    else if (key === 'on_conflict') request.onConflict = nameList(value);
    else if (!readNodeParam(request, key, value)) request.rest.push([key, value]);
  }
}

/** `order`, `limit`, `offset`, `or`, `and`, `not.or`, `not.and`, optionally behind an embed path. */
function readNodeParam(request: ApiRequest, key: string, value: string): boolean {
  const segments = key.split('.');
  const last = segments[segments.length - 1] as string;
  const negated = segments.length >= 2 && segments[segments.length - 2] === 'not';
  if (!['order', 'limit', 'offset', 'or', 'and'].includes(last)) return false;
  const pathLength = segments.length - 1 - (negated && (last === 'or' || last === 'and') ? 1 : 0);
  const node = nodeParams(request, segments.slice(0, pathLength).join('.'));
  if (last === 'order') node.order.push(...parseOrder(value));
  else if (last === 'limit') node.limit = parseCount(key, value);
  else if (last === 'offset') node.offset = parseCount(key, value);
  else node.filters.push(parseLogicTree(last as 'and' | 'or', negated, value));
  return true;
}

/** `columns=a,"b c"`: a list of (optionally quoted) column names. */
function nameList(value: string): string[] {
  return splitTopLevel(value).map((c) => unquote(c.trim()));
}

function parseCount(key: string, value: string): number {
  if (!/^\d{1,15}$/.test(value)) throw parseError(`"failed to parse ${key} parameter (${value})"`);
  return Number(value);
}

export function nodeParams(request: ApiRequest, path: string): NodeParams {
  let node = request.params.get(path);
  if (!node) {
    node = { filters: [], order: [] };
    request.params.set(path, node);
  }
  return node;
}

/** `col=op.value`, or `embed.col=op.value` for a filter on an embedded resource. */
export function addFilter(request: ApiRequest, key: string, value: string): void {
  const segments = key.split('.');
  const fieldText = segments.pop() as string;
  const field = parseField(fieldText);
  const condition = parseCondition(field, value);
  nodeParams(request, segments.join('.')).filters.push({ kind: 'condition', condition });
}

function parseRange(header: string): { lower: number; upper?: number } | undefined {
  const match = /^(?:items=)?\s*(\d{1,15})-(\d{0,15})\s*$/.exec(header);
  if (!match) return undefined;
  const lower = Number(match[1]);
  if (match[2] === '') return { lower };
  const upper = Number(match[2]);
  if (upper < lower) throw rangeNotSatisfiable();
  return { lower, upper };
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function allHeaders(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
