import { describe, expect, it } from 'vitest';
import { hintMessage, parseHint } from './hint';

describe('parseHint', () => {
  it('keeps table, op and id, and drops the routing facts', () => {
    const hint = parseHint(
      '{"table":"alerts","op":"INSERT","id":7,"alert_type":"job","subject_user_id":3}',
    );
    expect(hint).toEqual({ table: 'alerts', op: 'INSERT', id: 7 });
    expect(hintMessage(hint as never)).toBe(
      '{"type":"change","table":"alerts","op":"INSERT","id":7}',
    );
  });

  it('accepts string keys (session uuids, setting keys)', () => {
    expect(parseHint('{"table":"site_settings","op":"UPDATE","id":"terms_version"}')?.id).toBe(
      'terms_version',
    );
  });

  it('ignores anything else', () => {
    for (const payload of [
      undefined,
      '',
      'nope',
      'null',
      '[]',
      '{"table":"x","op":"TRUNCATE","id":1}',
      '{"table":1,"op":"INSERT","id":1}',
      '{"table":"x","op":"INSERT","id":{"a":1}}',
    ]) {
      expect(parseHint(payload)).toBeUndefined();
    }
  });
});
