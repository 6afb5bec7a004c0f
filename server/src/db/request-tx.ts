import type pg from 'pg';

/** Who is asking, and about what: everything a request sets for the database to see. */
export interface RequestContext {
  /** Database role to switch to (`anon`, `authenticated`, …). */
  role: string;
  /** Verified JWT claims (or `{}` for anonymous requests), readable as `request.jwt.claims`. */
  claims: Record<string, unknown>;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
}

export interface RequestTxOptions {
  /** `app.settings.*` values (without the prefix), e.g. `{ encryption_key: '…' }`. */
  settings: Record<string, string>;
  /** Schema-qualified function called after the settings, e.g. `api.pre_request`. */
  preRequest?: string | undefined;
}

export type RequestTx = <T>(
  context: RequestContext,
  fn: (client: pg.PoolClient) => Promise<T>,
) => Promise<T>;

export class RollbackSignal<T> extends Error {
  constructor(readonly value: T) {
    super('rollback requested');
  }
}

/**
 * The one doorway for work done on a user's behalf. Each call is one transaction on the
 * authenticator pool that first sets, transaction-locally and in a single statement, the
 * role, the JWT claims, the request facts and the app settings; then runs the pre-request
 * function; then `fn`. Nothing outlives the transaction, so a pooled connection never
 * carries one user's role or claims into another user's request.
 *
 * `fn` may throw a RollbackSignal to end the transaction with a rollback and still return
 * a value (used for `Prefer: tx=rollback`).
 */
export function createRequestTx(pool: pg.Pool, options: RequestTxOptions): RequestTx {
  const preRequest = options.preRequest ? quoteQualified(options.preRequest) : undefined;
  return async function withRequestTx(context, fn) {
    const { text, values } = settingsStatement(context, options.settings);
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('begin');
      await client.query(text, values);
      if (preRequest) await client.query(`select ${preRequest}()`);
      const result = await fn(client);
      await client.query('commit');
      return result;
    } catch (error) {
      try {
        await client.query('rollback');
      } catch {
        broken = true;
      }
      if (error instanceof RollbackSignal) return error.value as never;
      throw error;
    } finally {
      client.release(broken);
    }
  };
}

/** One `select set_config(…)` for everything, all transaction-local (`is_local = true`). */
export function settingsStatement(
  context: RequestContext,
  settings: Record<string, string>,
): { text: string; values: string[] } {
  const pairs: [string, string][] = [
    ['role', context.role],
    ['request.jwt.claims', JSON.stringify(context.claims)],
    ['request.method', context.method ?? ''],
    ['request.path', context.path ?? ''],
    ['request.headers', JSON.stringify(context.headers ?? {})],
    ['request.cookies', JSON.stringify(context.cookies ?? {})],
    ...Object.entries(settings).map(([key, value]): [string, string] => [
      `app.settings.${key}`,
      value,
    ]),
  ];
  const values: string[] = [];
  const calls = pairs.map(([name, value]) => {
    values.push(name, value);
    return `set_config($${values.length - 1}, $${values.length}, true)`;
  });
  return { text: `select ${calls.join(', ')}`, values };
}

function quoteQualified(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join('.');
}
