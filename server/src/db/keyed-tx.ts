import type { PoolClient } from 'pg';

type WithPgClient = <T>(fn: (client: PoolClient) => Promise<T>) => Promise<T>;

/**
 * A transaction on the worker's (owner) connection that can encrypt and decrypt: the key
 * reaches the database per transaction only, as it does for requests.
 */
export async function withKeyedTx<T>(
  withPgClient: WithPgClient,
  encryptionKey: string,
  fn: (client: PoolClient) => Promise<T>,
): Promise<T> {
  return withPgClient(async (client) => {
    await client.query('begin');
    try {
      await client.query(`select set_config('app.settings.encryption_key', $1, true)`, [
        encryptionKey,
      ]);
      const result = await fn(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    }
  });
}
