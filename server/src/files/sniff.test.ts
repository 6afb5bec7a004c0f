import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localFileStorage } from './file-storage';
import { sniff } from './sniff';

describe('sniff', () => {
  it('judges files by their first bytes', () => {
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniff(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniff(Buffer.from('MZ\x90\0'))).toBe('executable');
    expect(sniff(Buffer.from('\x7fELF'))).toBe('executable');
    expect(sniff(Buffer.from('#!/bin/sh\nrm -rf /'))).toBe('executable');
    expect(sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      'compound-file',
    );
    expect(sniff(Buffer.from('Subject: hi\r\n\r\nbody'))).toBe('text');
    expect(sniff(Buffer.from([1, 2, 3, 0, 5]))).toBe('binary');
  });
});

describe('localFileStorage', () => {
  it('stores, reads and removes, and never leaves its folder', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'crewlog-storage-'));
    try {
      const storage = localFileStorage(root);
      await storage.put('profile-pictures/7/abc.webp', Buffer.from('x'));
      expect((await storage.get('profile-pictures/7/abc.webp'))?.toString()).toBe('x');
      await storage.remove('profile-pictures/7/abc.webp');
      expect(await storage.get('profile-pictures/7/abc.webp')).toBeUndefined();
      await expect(storage.put('../escape', Buffer.from('x'))).rejects.toThrow(
        /invalid storage key/,
      );
      await expect(storage.get('a/../../b')).rejects.toThrow(/invalid storage key/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
