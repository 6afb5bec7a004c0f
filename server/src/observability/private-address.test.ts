import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from './private-address';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.9',
    '172.31.255.255',
    '192.168.1.20',
    '::1',
    'fd12:3456::1',
    'fe80::1',
    '::ffff:10.0.0.5',
  ])('%s is private', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each([
    '8.8.8.8',
    '172.32.0.1',
    '100.64.0.1',
    '2001:db8::1',
    '::ffff:8.8.8.8',
    '',
    'localhost',
    '10.0.0.1, 8.8.8.8',
  ])('%s is not', (address) => expect(isPrivateAddress(address)).toBe(false));
});
