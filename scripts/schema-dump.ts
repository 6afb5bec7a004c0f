// Writes db/schema.sql: the schema the migrations produce, as pg_dump prints it.
import { writeFile } from 'node:fs/promises';
import { dumpSchema, findPgDump, SCHEMA_FILE } from '../server/src/db/schema-dump';
import { createScratchDatabase } from './scratch-database';

const scratch = await createScratchDatabase('schema_dump');
try {
  const pgDump = await findPgDump(scratch.ownerUrl);
  if (!pgDump) throw new Error('pg_dump of the server’s major version is needed (set PG_DUMP)');
  await writeFile(SCHEMA_FILE, await dumpSchema(scratch.ownerUrl, pgDump));
  console.log(`wrote ${SCHEMA_FILE}`);
} finally {
  await scratch.drop();
}
