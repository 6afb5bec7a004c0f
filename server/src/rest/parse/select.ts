import { ApiError } from '../api-error';
import { Cursor, readField, readName } from './field';
import { MAX_NESTING } from './filter';
import type { SelectItem } from './types';

/**
 * The `select` parameter: columns with aliases, casts and JSON paths, and embedded
 * resources `alias:table!hint!inner(…)` or spread `...table(…)`.
 */
export function parseSelect(text: string): SelectItem[] {
  const cursor = new Cursor(text);
  const items = readItems(cursor);
  if (!cursor.done) throw cursor.fail('end of select');
  return items;
}

function readItems(cursor: Cursor, depth = 0): SelectItem[] {
  if (depth > MAX_NESTING) throw cursor.fail('embedding nested too deeply');
  const items: SelectItem[] = [];
  cursor.skipSpaces();
  if (cursor.done || cursor.peek() === ')') return items;
  for (;;) {
    cursor.skipSpaces();
    items.push(readItem(cursor, depth));
    cursor.skipSpaces();
    if (!cursor.eat(',')) return items;
  }
}

function readItem(cursor: Cursor, depth: number): SelectItem {
  if (cursor.eat('*')) return { kind: 'star' };
  const spread = cursor.eat('...');
  let alias: string | undefined;
  const start = cursor.pos;
  const first = readName(cursor);
  if (cursor.peek() === ':' && cursor.peek(2) !== '::') {
    cursor.pos++;
    alias = first;
  } else {
    cursor.pos = start;
  }
  const afterAlias = cursor.pos;
  const name = readName(cursor);
  if (cursor.peek() === '!' || cursor.peek() === '(') {
    return readEmbed(cursor, name, alias, spread, depth);
  }
  if (spread) throw cursor.fail('embedded resource after "..."');
  cursor.pos = afterAlias;
  const field = readField(cursor);
  if (cursor.eat('.')) throw aggregatesDisabled();
  const item: SelectItem = { kind: 'column', field };
  if (alias !== undefined) item.alias = alias;
  if (cursor.eat('::')) item.cast = readCast(cursor);
  return item;
}

function readEmbed(
  cursor: Cursor,
  name: string,
  alias: string | undefined,
  spread: boolean,
  depth: number,
): SelectItem {
  let hint: string | undefined;
  let inner = false;
  while (cursor.eat('!')) {
    const word = readName(cursor);
    if (word === 'inner') inner = true;
    else if (word === 'left') inner = false;
    else hint = word;
  }
  cursor.expect('(');
  const select = readItems(cursor, depth + 1);
  cursor.skipSpaces();
  cursor.expect(')');
  if (name === 'count' && select.length === 0) throw aggregatesDisabled();
  const item: SelectItem = { kind: 'embed', name, inner, spread, select };
  if (alias !== undefined) item.alias = alias;
  if (hint !== undefined) item.hint = hint;
  return item;
}

function readCast(cursor: Cursor): string {
  const start = cursor.pos;
  while (!cursor.done && /[A-Za-z0-9_ ]/.test(cursor.peek())) cursor.pos++;
  cursor.eat('[]');
  const cast = cursor.text.slice(start, cursor.pos).trim();
  if (!cast) throw cursor.fail('cast type');
  return cast;
}

function aggregatesDisabled(): ApiError {
  return new ApiError(400, 'PGRST123', 'Use of aggregate functions is not allowed');
}
