import { boot } from '../boot';
import { createPool } from '../db/pools';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed-demo';

export async function seedDemoCommand(): Promise<void> {
  const { db, secrets } = await boot();
  const owner = createPool(db.ownerUrl, 2);
  try {
    const result = await seedDemo(owner, db.withRequestTx, secrets.encryptionKey);
    process.stdout.write(
      result.created
        ? 'demo team created; sign in with any of:\n'
        : 'demo data is already there; sign in with any of:\n',
    );
    for (const user of result.users)
      process.stdout.write(
        `  ${user.email.padEnd(18)} ${user.role.padEnd(8)} password: ${DEMO_PASSWORD}\n`,
      );
  } finally {
    await owner.end();
    await db.close();
  }
}
