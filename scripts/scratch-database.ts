// A throw-away database for scripts (benchmarks, the schema dump): created on
// TEST_DATABASE_URL's server (a superuser connection; default the local PostgreSQL),
// migrated, its authenticator password set, and dropped again by `drop()`.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, setAuthenticatorPassword } from '../server/src/db/migrate';

export interface ScratchDatabase {
  ownerUrl: string;
  authenticatorPassword: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `crewlog_${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const ownerUrl = url.toString();
  const authenticatorPassword = randomBytes(16).toString('hex');
  const drop = async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  try {
    await migrate(ownerUrl);
    await setAuthenticatorPassword(ownerUrl, authenticatorPassword);
  } catch (error) {
    await drop();
    throw error;
  }
  return { ownerUrl, authenticatorPassword, drop };
}
