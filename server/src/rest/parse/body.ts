import { invalidBody, unsupportedMediaType } from '../api-error';
import { csvToRecords } from './csv';
import type { Action, Payload } from './types';

/**
 * Decodes the request body by its Content-Type. Writes get rows; calls get raw values (an
 * object of arguments, or anything for a single-parameter function).
 */
export function parseBody(
  action: Action,
  contentType: string | undefined,
  body: string | undefined,
  hasColumns: boolean,
): Payload | undefined {
  const type = (contentType ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? '';
  const text = body ?? '';
  let value: unknown;
  if (type === 'application/json' || type === '' || type.endsWith('+json')) {
    value = parseJson(text, action);
  } else if (type === 'text/csv') {
    value = csvToRecords(text);
  } else if (type === 'application/x-www-form-urlencoded') {
    value = Object.fromEntries(new URLSearchParams(text));
  } else if (type === 'application/octet-stream' || type === 'text/plain' || type === 'text/xml') {
    return { kind: 'raw', value: text };
  } else {
    throw unsupportedMediaType(contentType ?? '');
  }
  if (action === 'call') return { kind: 'raw', value };
  return toRows(value, hasColumns);
}

function parseJson(text: string, action: Action): unknown {
  if (text.trim() === '') {
    // An empty body means "no arguments" to a function and "nothing" to a write.
    if (action === 'call') return {};
    throw invalidBody('Empty or invalid json');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw invalidBody('Empty or invalid json');
  }
}

function toRows(value: unknown, hasColumns: boolean): Payload {
  const isArray = Array.isArray(value);
  const rows = isArray ? (value as unknown[]) : [value];
  if (!rows.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row))) {
    throw invalidBody('All object keys must match');
  }
  const records = rows as Record<string, unknown>[];
  const keys = Object.keys(records[0] ?? {});
  if (!hasColumns && !records.every((row) => sameKeys(row, keys))) {
    throw invalidBody('All object keys must match');
  }
  return { kind: 'rows', rows: records, keys, isArray };
}

function sameKeys(row: Record<string, unknown>, keys: string[]): boolean {
  const own = Object.keys(row);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(row, k));
}
