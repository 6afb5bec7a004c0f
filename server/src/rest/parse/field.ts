import { parseError } from '../api-error';
import type { Field, JsonPathStep } from './types';

/** Characters that end a bare name in PostgREST's grammar. */
const NAME_STOP = new Set([',', '(', ')', ':', '!', '.', '-', '>', '"']);

/** A cursor over one query parameter value; the parsers below advance it. */
export class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(length = 1): string {
    return this.text.slice(this.pos, this.pos + length);
  }

  eat(token: string): boolean {
    if (this.text.startsWith(token, this.pos)) {
      this.pos += token.length;
      return true;
    }
    return false;
  }

  expect(token: string): void {
    if (!this.eat(token)) throw this.fail(`"${token}" expected`);
  }

  skipSpaces(): void {
    while (this.text[this.pos] === ' ') this.pos++;
  }

  fail(what: string): Error {
    return parseError(
      `"failed to parse ${this.text}" (${what} at position ${this.pos + 1})`,
      `unexpected "${this.peek() || 'end of input'}"`,
    );
  }
}

/** A bare name (`first_name`) or a double-quoted one (`"Weird, name"`). */
export function readName(cursor: Cursor): string {
  if (cursor.eat('"')) {
    let name = '';
    while (!cursor.done && cursor.peek() !== '"') {
      if (cursor.peek() === '\\') cursor.pos++;
      name += cursor.peek();
      cursor.pos++;
    }
    cursor.expect('"');
    return name;
  }
  const start = cursor.pos;
  while (!cursor.done) {
    const char = cursor.peek();
    // A '-' belongs to the name unless it starts an arrow (`->`).
    if (NAME_STOP.has(char) && !(char === '-' && cursor.text[cursor.pos + 1] !== '>')) break;
    cursor.pos++;
  }
  const name = cursor.text.slice(start, cursor.pos).trim();
  if (!name) throw cursor.fail('name');
  return name;
}

/** A column name and its JSON path: `data->tags->0->>name`. */
export function readField(cursor: Cursor): Field {
  const name = readName(cursor);
  const jsonPath: JsonPathStep[] = [];
  for (;;) {
    const arrow = cursor.eat('->>') ? '->>' : cursor.eat('->') ? '->' : undefined;
    if (!arrow) break;
    jsonPath.push({ arrow, key: readName(cursor) });
  }
  return { name, jsonPath };
}

/** Parses a whole string as a field (the keys of filter parameters). */
export function parseField(text: string): Field {
  const cursor = new Cursor(text);
  const field = readField(cursor);
  if (!cursor.done) throw cursor.fail('end of field');
  return field;
}

/** The name a field gets in the response: its last JSON key, or the column name. */
export function fieldOutputName(field: Field): string {
  const last = field.jsonPath[field.jsonPath.length - 1];
  return last ? last.key : field.name;
}
