import type { PoolClient } from 'pg';
import { settingsStatement } from '../db/request-tx';

type WithPgClient = <T>(fn: (client: PoolClient) => Promise<T>) => Promise<T>;

/**
 * A transaction on the worker's connection that acts as the importer: the same role,
 * claims and settings statement a request of theirs would set, then api.pre_request
 * (which refuses a deactivated user). The importer's policies apply, not the owner's.
 */
export async function withImporterTx<T>(
  withPgClient: WithPgClient,
  encryptionKey: string,
  userId: number,
  fn: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const { text, values } = settingsStatement(
    { role: 'authenticated', claims: { sub: String(userId), role: 'authenticated' } },
    { encryption_key: encryptionKey },
  );
  return withPgClient(async (client) => {
    await client.query('begin');
    try {
      await client.query(text, values);
      await client.query('select api.pre_request()');
      const result = await fn(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    }
  });
}
