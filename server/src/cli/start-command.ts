import { startServer } from '../server';

export async function startCommand(): Promise<void> {
  await startServer();
}
