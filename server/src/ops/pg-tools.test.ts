import { describe, expect, it } from 'vitest';
import { findPgTool, majorOfVersionOutput, PgToolMissing } from './pg-tools';

describe('pg-tools', () => {
  it('reads the major version a client program reports', () => {
    expect(majorOfVersionOutput('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n')).toBe(15);
    expect(majorOfVersionOutput('pg_restore (PostgreSQL) 17.2')).toBe(17);
    expect(majorOfVersionOutput('something else')).toBeUndefined();
  });

  it('explains what to install when no program of the server’s version is found', async () => {
    const missing = findPgTool('pg_dump', 99, { PATH: '' });
    await expect(missing).rejects.toBeInstanceOf(PgToolMissing);
    await expect(missing).rejects.toThrow(
      /no pg_dump of PostgreSQL 99 found.*ships no pg_dump.*postgresql-client-99.*PG_BIN_DIR/,
    );
  });

  it('takes PG_BIN_DIR first, but only in the right version', async () => {
    const wrong = findPgTool('pg_dump', 99, { PATH: '', PG_BIN_DIR: '/usr/lib/postgresql/15/bin' });
    await expect(wrong).rejects.toThrow(/Found only: .*pg_dump is version 15/);
  });
});
