import { describe, expect, it } from 'vitest';
import { contentTypeOf, negotiateMedia } from './media';

describe('negotiateMedia', () => {
  it('defaults to JSON and honours q values and order', () => {
    expect(negotiateMedia(undefined, 'read')).toBe('json');
    expect(negotiateMedia('*/*', 'read')).toBe('json');
    expect(negotiateMedia('text/html, text/csv', 'read')).toBe('csv');
    expect(negotiateMedia('text/csv;q=0.5, application/vnd.pgrst.object+json', 'read')).toBe(
      'object',
    );
    expect(negotiateMedia('application/vnd.pgrst.object+json;nulls=stripped', 'read')).toBe(
      'object',
    );
    expect(negotiateMedia(undefined, 'schema')).toBe('openapi');
    expect(negotiateMedia('application/json', 'schema')).toBe('openapi');
  });

  it('answers 406 when nothing acceptable is offered', () => {
    expect(() => negotiateMedia('text/html', 'read')).toThrow(
      expect.objectContaining({ status: 406 }),
    );
    expect(() => negotiateMedia('text/csv', 'schema')).toThrow(
      expect.objectContaining({ status: 406 }),
    );
  });

  it('names content types', () => {
    expect(contentTypeOf('csv')).toMatch(/^text\/csv/);
    expect(contentTypeOf('object')).toMatch(/vnd\.pgrst\.object/);
    expect(contentTypeOf('openapi')).toMatch(/openapi/);
  });
});
