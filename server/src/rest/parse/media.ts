import { notAcceptable } from '../api-error';
import type { Action, MediaType } from './types';

const OFFERS: Record<string, MediaType> = {
  'application/json': 'json',
  'application/vnd.pgrst.object+json': 'object',
  'application/vnd.pgrst.object': 'object',
  'application/vnd.pgrst.array+json': 'json',
  'text/csv': 'csv',
  'application/openapi+json': 'openapi',
};

/**
 * Content negotiation on `Accept`: the acceptable types in order of preference (q values,
 * then position), the first one this action can produce wins.
 */
export function negotiateMedia(accept: string | undefined, action: Action): MediaType {
  const fallback: MediaType = action === 'schema' ? 'openapi' : 'json';
  if (!accept || accept.trim() === '') return fallback;
  const ranges = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith('q='));
      return { type, index, q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((r) => r.type && !(r.q <= 0))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { type } of ranges) {
    if (type === '*/*' || type === 'application/*') return fallback;
    const media = OFFERS[type];
    if (!media) continue;
    if (action === 'schema' ? media === 'openapi' || media === 'json' : media !== 'openapi') {
      return action === 'schema' ? 'openapi' : media;
    }
  }
  throw notAcceptable(accept);
}

export function contentTypeOf(media: MediaType): string {
  switch (media) {
    case 'object':
      return 'application/vnd.pgrst.object+json; charset=utf-8';
    case 'csv':
      return 'text/csv; charset=utf-8';
    case 'openapi':
      return 'application/openapi+json; charset=utf-8';
    default:
      return 'application/json; charset=utf-8';
  }
}
