import { parseError } from '../api-error';
import { Cursor, readField, readName } from './field';
import { splitTopLevel } from './filter';
import type { OrderTerm } from './types';

/** `order=name.desc.nullslast,client(name).asc,data->>rank` */
export function parseOrder(text: string): OrderTerm[] {
  return splitTopLevel(text).map((part) => parseOrderTerm(part.trim(), text));
}

function parseOrderTerm(part: string, text: string): OrderTerm {
  const cursor = new Cursor(part);
  let relation: string | undefined;
  const name = readName(cursor);
  let field: OrderTerm['field'];
  if (cursor.eat('(')) {
    relation = name;
    field = readField(cursor);
    cursor.expect(')');
  } else {
    cursor.pos = 0;
    field = readField(cursor);
  }
  const term: OrderTerm = { field };
  if (relation !== undefined) term.relation = relation;
  while (cursor.eat('.')) {
    const word = cursor.text.slice(cursor.pos).split('.')[0] ?? '';
    cursor.pos += word.length;
    if (word === 'asc' || word === 'desc') term.direction = word;
    else if (word === 'nullsfirst') term.nulls = 'first';
    else if (word === 'nullslast') term.nulls = 'last';
    else throw parseError(`"failed to parse order (${text})"`, `unexpected "${word}"`);
  }
  if (!cursor.done)
    throw parseError(`"failed to parse order (${text})"`, `unexpected "${cursor.peek()}"`);
  return term;
}
