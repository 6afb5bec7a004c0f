// Writes db/schema.sql: the schema the migrations produce, as pg_dump prints it. Uses
// TEST_DATABASE_URL's server (a superuser connection), creating and dropping a scratch
// database there.
import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import { migrate } from '../server/src/db/migrate';
import { dumpSchema, findPgDump, SCHEMA_FILE } from '../server/src/db/schema-dump';

const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `crewlog_schema_dump_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
try {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const pgDump = await findPgDump(url.toString());
  if (!pgDump) throw new Error('pg_dump of the server’s major version is needed (set PG_DUMP)');
  await writeFile(SCHEMA_FILE, await dumpSchema(url.toString(), pgDump));
  console.log(`wrote ${SCHEMA_FILE}`);
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
