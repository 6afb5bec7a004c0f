import { ZodError } from 'zod';
import { ConfigError } from '../config/config';
import { startStandaloneApi } from '../rest/standalone';

/**
 * `crewlog api`: only the data API, configured with PostgREST's own variable names
 * (PGRST_DB_URI, PGRST_DB_SCHEMAS, PGRST_DB_ANON_ROLE, PGRST_JWT_SECRET, …), so it can
 * stand in for PostgREST in front of any PostgREST-style schema.
 */
export async function apiCommand(): Promise<void> {
  let api: Awaited<ReturnType<typeof startStandaloneApi>>;
  try {
    api = await startStandaloneApi(process.env);
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      throw new ConfigError(`invalid configuration: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    throw error;
  }
  process.stdout.write(`data API listening on ${api.url}\n`);
  const stop = () => {
    api.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
