import { describe, expect, it } from 'vitest';
import { parseUserCreateArgs } from './user-command';

const valid = [
  'create',
  '--email',
  'a@example.com',
  '--password',
  'long enough',
  '--name',
  'Ada',
  '--alias',
  'ada',
  '--role',
  'admin',
];

describe('crewlog user create', () => {
  it('parses a complete command', () => {
    expect(parseUserCreateArgs(valid)).toEqual({
      email: 'a@example.com',
      password: 'long enough',
      name: 'Ada',
      alias: 'ada',
      role: 'admin',
    });
  });
  it('explains what is wrong', () => {
    expect(() => parseUserCreateArgs(['remove'])).toThrow(/usage: crewlog user create/);
    expect(() => parseUserCreateArgs(['create', '--email', 'a@example.com'])).toThrow(
      /missing --password, --name, --alias/,
    );
    expect(() => parseUserCreateArgs([...valid.slice(0, -1), 'boss'])).toThrow(
      /--role must be one of field, manager, admin/,
    );
    expect(() =>
      parseUserCreateArgs(valid.map((v) => (v === 'a@example.com' ? 'nope' : v))),
    ).toThrow(/not an email/);
    expect(() =>
      parseUserCreateArgs(valid.map((v) => (v === 'long enough' ? 'short' : v))),
    ).toThrow(/at least 8/);
    expect(() => parseUserCreateArgs([...valid, '--colour', 'red'])).toThrow(/Unknown option/);
  });
});
