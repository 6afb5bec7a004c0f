import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, parseClientMessage } from './ws-protocol';

describe('parseClientMessage', () => {
  it('reads auth and ping', () => {
    expect(parseClientMessage(Buffer.from('{"type":"auth","token":"abc"}'), false)).toEqual({
      type: 'auth',
      token: 'abc',
    });
    expect(parseClientMessage('{"type":"ping"}', false)).toEqual({ type: 'ping' });
  });

  it('refuses binary frames, non-JSON, non-objects, unknown types and bad tokens', () => {
    const refused: [unknown, boolean][] = [
      [Buffer.from('{"type":"ping"}'), true],
      ['nope', false],
      ['[]', false],
      ['null', false],
      ['{"type":"subscribe"}', false],
      ['{"type":"auth"}', false],
      ['{"type":"auth","token":""}', false],
      ['{"type":"auth","token":42}', false],
      [JSON.stringify({ type: 'auth', token: 'x'.repeat(5000) }), false],
      ['x'.repeat(MAX_MESSAGE_BYTES + 1), false],
      [42, false],
    ];
    for (const [data, binary] of refused) expect(parseClientMessage(data, binary)).toBeUndefined();
  });
});
