import type pg from 'pg';
import { type RequestContext, type RequestTx, RollbackSignal } from '../db/request-tx';
import { ApiError, internalError } from './api-error';
import { authenticate, type Identity, TokenCache } from './auth';
import { buildOpenApi } from './openapi';
import { parseRequest, type RawRequest } from './parse/request';
import { fromPgError, isPgError } from './pg-error';
import { planRequest } from './plan/plan';
import { type ApiResponse, applyResponseSettings, type ResultRow, respond } from './respond';
import { loadSchemaCache } from './schema-cache/load';
import type { SchemaCache } from './schema-cache/types';
import { buildCountStatements, buildStatement, type CountStatements } from './sql/statement';

export type TxEnd = 'commit' | 'commit-allow-override' | 'rollback' | 'rollback-allow-override';

export interface EngineOptions {
  pool: pg.Pool;
  withRequestTx: RequestTx;
  schemas: string[];
  anonRole: string;
  jwtSecret: string;
  jwtAudience?: string | undefined;
  maxRows?: number | undefined;
  txEnd?: TxEnd | undefined;
  /**
   * Name recurring statements (prepared once per connection). Off behind a pooler that
   * cannot keep them per client, e.g. PgBouncer before 1.21 in transaction mode.
   */
  preparedStatements?: boolean | undefined;
  /** Where unexpected failures go; their details never reach the client. */
  onError?: (error: unknown) => void;
}

export interface Engine {
  handle(raw: RawRequest): Promise<ApiResponse>;
  /** Re-reads the catalogs (at start-up, on NOTIFY pgrst, after migrations). */
  reload(): Promise<void>;
  schemaCache(): SchemaCache | undefined;
}

/** Turns any failure into PostgREST's error response; unexpected ones become a bare 500. */
export function errorResponse(
  error: unknown,
  anonymous: boolean,
  onError?: (e: unknown) => void,
): ApiResponse {
  let apiError: ApiError;
  if (error instanceof ApiError) apiError = error;
  else if (isPgError(error)) apiError = fromPgError(error, anonymous);
  else if (isConnectionError(error)) {
    onError?.(error);
    apiError = new ApiError(503, 'PGRST001', 'Database client error. Retrying the connection.');
  } else {
    onError?.(error);
    apiError = internalError();
  }
  return {
    status: apiError.status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...apiError.headers },
    body: JSON.stringify(apiError.body),
  };
}

/** A lost or refused connection: PostgREST answers 503 so that clients retry. */
function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    (typeof code === 'string' && /^E[A-Z]+$/.test(code)) ||
    /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(
      error.message,
    )
  );
}

function headerRecord(headers: RawRequest['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers))
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function cookiesOf(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponentSafe(part.slice(eq + 1).trim());
  }
  return out;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function createEngine(options: EngineOptions): Engine {
  const txEnd = options.txEnd ?? 'commit';
  const allowTxOverride = txEnd.endsWith('-allow-override');
  const auth = {
    secret: new TextEncoder().encode(options.jwtSecret),
    audience: options.jwtAudience,
    anonRole: options.anonRole,
  };
  const tokens = new TokenCache();
  const statements = new StatementNames(options.preparedStatements === false ? 0 : undefined);
  let cache: SchemaCache | undefined;
  let loading: Promise<SchemaCache> | undefined;

  async function reload(): Promise<void> {
    loading = loadSchemaCache(options.pool, options.schemas);
    try {
      cache = await loading;
    } finally {
      loading = undefined;
    }
  }

  async function currentCache(): Promise<SchemaCache> {
    if (cache) return cache;
    try {
      await (loading ?? reload());
    } catch (error) {
      options.onError?.(error);
    }
    if (!cache)
      throw new ApiError(
        503,
        'PGRST002',
        'Could not query the database for the schema cache. Retrying.',
      );
    return cache;
  }

  /** The planner's estimate; for `estimated`, the exact count unless above max-rows. */
  async function countRows(
    client: pg.PoolClient,
    counts: CountStatements,
    mode: 'planned' | 'estimated',
  ): Promise<number> {
    const explained = await client.query(counts.planned.text, counts.planned.values);
    const [first] = Object.values(explained.rows[0] ?? {}) as [{ Plan: { 'Plan Rows': number } }[]];
    const planned = Math.round(first?.[0]?.Plan['Plan Rows'] ?? 0);
    if (mode === 'planned' || (options.maxRows !== undefined && planned > options.maxRows)) {
      return planned;
    }
    const exact = await client.query<{ total: string }>(counts.exact.text, counts.exact.values);
    return Number(exact.rows[0]?.total ?? 0);
  }

  async function run(raw: RawRequest, identity: Identity): Promise<ApiResponse> {
    const request = parseRequest(raw, { schemas: options.schemas, allowTxOverride });
    const profile = options.schemas.length > 1 ? request.schema : undefined;
    if (request.action === 'options') {
      return { status: 200, headers: { Allow: 'OPTIONS,GET,HEAD,POST,PUT,PATCH,DELETE' } };
    }
    const schemaCache = await currentCache();
    if (request.action === 'schema') {
      const body = JSON.stringify(buildOpenApi(schemaCache, request.schema));
      const headers = { 'Content-Type': 'application/openapi+json; charset=utf-8' };
      return request.headOnly ? { status: 200, headers } : { status: 200, headers, body };
    }
    const plan = planRequest(request, schemaCache, { maxRows: options.maxRows });
    const statement = buildStatement(plan);
    const counts = buildCountStatements(plan);
    const rollback = plan.prefer.tx ? plan.prefer.tx === 'rollback' : txEnd.startsWith('rollback');
    const context: RequestContext = {
      role: identity.role,
      claims: identity.claims,
      method: request.method,
      path: `/${raw.path}`,
      headers: headerRecord(raw.headers),
      cookies: cookiesOf(headerRecord(raw.headers).cookie),
    };
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    const outcome = await options.withRequestTx(context, async (client) => {
      // GET runs read-only, as in PostgREST: a volatile function that writes fails (405).
      if (readOnly) await client.query('set local transaction_read_only = on');
      if (plan.prefer.timezone) {
        await client.query("select set_config('timezone', $1, true)", [plan.prefer.timezone]);
      }
      const name = statements.nameFor(statement.text);
      const query = { text: statement.text, values: statement.values, ...(name ? { name } : {}) };
      const result = await client.query<ResultRow>(query);
      if (counts && (plan.count === 'planned' || plan.count === 'estimated')) {
        (result.rows[0] as ResultRow).total = await countRows(client, counts, plan.count);
      }
      let response: ApiResponse;
      try {
        const row = result.rows[0] as ResultRow;
        response = applyResponseSettings(respond(plan, row, profile), row);
      } catch (error) {
        // A write that answers with an error (singular, max-affected) must not persist.
        throw new RollbackSignal<{ error: unknown }>({ error });
      }
      if (rollback) throw new RollbackSignal({ response });
      return { response };
    });
    if ('error' in outcome) throw (outcome as { error: unknown }).error;
    return (outcome as { response: ApiResponse }).response;
  }

  return {
    reload,
    schemaCache: () => cache,
    async handle(raw) {
      let identity: Identity = { role: options.anonRole, claims: {} };
      try {
        identity = await authenticate(headerRecord(raw.headers).authorization, auth, tokens);
        return await run(raw, identity);
      } catch (error) {
        return errorResponse(error, identity.role === options.anonRole, options.onError);
      }
    },
  };
}

/**
 * Names for statements that recur, so each connection prepares them once and PostgreSQL
 * can reuse their plans. Only texts seen twice get a name, and only a bounded number of
 * them: prepared statements live as long as their connection.
 */
export class StatementNames {
  private readonly seen = new Set<string>();
  private readonly names = new Map<string, string>();
  constructor(private readonly maxNames = 256) {}

  nameFor(text: string): string | undefined {
    const name = this.names.get(text);
    if (name || this.names.size >= this.maxNames) return name;
    if (!this.seen.has(text)) {
      if (this.seen.size >= this.maxNames * 4) this.seen.clear();
      this.seen.add(text);
      return undefined;
    }
    const fresh = `pgrst_${this.names.size}`;
    this.names.set(text, fresh);
    return fresh;
  }
}
