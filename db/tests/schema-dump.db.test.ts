import { describe, expect, it } from 'vitest';
import {
  committedSchema,
  dumpSchema,
  findPgDump,
  normalise,
} from '../../server/src/db/schema-dump';
import { createTestDatabase } from '../../server/test/test-database';

describe('db/schema.sql', () => {
  it('is what the migrations produce (run `npm run schema:dump` after adding one)', async (context) => {
    const db = await createTestDatabase();
    try {
      const pgDump = await findPgDump(db.ownerUrl);
      if (!pgDump) {
        console.warn(
          'pg_dump of the server’s major version is not installed: skipping the schema.sql check (set PG_DUMP to run it)',
        );
        context.skip();
        return;
      }
      const current = await dumpSchema(db.ownerUrl, pgDump);
      const committed = await committedSchema();
      expect(
        committed,
        'db/schema.sql is out of date: run `npm run schema:dump` and commit it',
      ).toBe(current);
    } finally {
      await db.drop();
    }
  });
});

describe('normalise', () => {
  it('drops version lines and pg_dump’s per-run restrict keys', () => {
    expect(
      normalise(
        '-- Dumped from database version 15.1\n\\restrict abc\nCREATE TABLE x ();\n\n\n\n\\unrestrict abc\n',
      ),
    ).toBe('CREATE TABLE x ();\n');
  });
});
