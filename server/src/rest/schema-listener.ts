import pg from 'pg';

export interface SchemaListener {
  close(): Promise<void>;
}

/**
 * A dedicated connection that LISTENs on `pgrst` (PostgREST's channel): `NOTIFY pgrst,
 * 'reload schema'` (or an empty payload) reloads the schema cache. A lost connection is
 * re-opened, and the cache reloaded then, since notifications may have been missed.
 */
export async function listenForSchemaChanges(
  connectionString: string,
  reload: () => Promise<void>,
  onError: (error: unknown) => void = () => {},
): Promise<SchemaListener> {
  let client: pg.Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const reloadSafely = () => reload().catch(onError);

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      const payload = message.payload ?? '';
      if (payload === '' || payload === 'reload schema') void reloadSafely();
    });
    next.on('error', (error) => {
      onError(error);
      retry();
    });
    next.on('end', () => retry());
    await next.connect();
    await next.query('listen pgrst');
    client = next;
  }

  function retry(): void {
    if (closed || timer) return;
    client = undefined;
    timer = setTimeout(() => {
      timer = undefined;
      connect()
        .then(reloadSafely)
        .catch((error) => {
          onError(error);
          retry();
        });
    }, 1000);
  }

  await connect();
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}
