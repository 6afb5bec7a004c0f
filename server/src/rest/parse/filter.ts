import { parseError } from '../api-error';
import { parseField } from './field';
import type { Condition, Field, IsValue, LogicTree, Operator } from './types';

const OPERATORS = new Set<string>([
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'like',
  'ilike',
  'match',
  'imatch',
  'in',
  'is',
  'isdistinct',
  'fts',
  'plfts',
  'phfts',
  'wfts',
  'cs',
  'cd',
  'ov',
  'sl',
  'sr',
  'nxr',
  'nxl',
  'adj',
]);
/** Operators that accept the `(any)` / `(all)` modifiers. */
const QUANTIFIABLE = new Set([
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'like',
  'ilike',
  'match',
  'imatch',
]);
const FTS = new Set(['fts', 'plfts', 'phfts', 'wfts']);
const IS_VALUES = new Set(['null', 'not_null', 'true', 'false', 'unknown']);

/** `[not.]op[(modifier)].value` applied to a field, e.g. `not.in.(1,2)`. */
export function parseCondition(field: Field, text: string, inLogic = false): Condition {
  let rest = text;
  const negate = rest.startsWith('not.');
  if (negate) rest = rest.slice(4);
  const match = /^([a-z]+)(?:\(([^)]*)\))?\./.exec(rest);
  if (!match || !OPERATORS.has(match[1] ?? '')) {
    throw parseError(`"failed to parse filter (${text})"`, 'unknown or missing operator');
  }
  const op = match[1] as Operator;
  const argument = match[2];
  const raw = rest.slice(match[0].length);
  const condition: Condition = { field, negate, op, value: raw };
  if (argument !== undefined) applyArgument(condition, argument, text);
  if (op === 'in') condition.value = parseList(raw, '(', ')', text);
  else if (condition.modifier) condition.value = parseList(raw, '{', '}', text);
  else if (op === 'is') condition.value = isKeyword(raw, text);
  else if (inLogic) condition.value = unquote(raw);
  return condition;
}

function applyArgument(condition: Condition, argument: string, text: string): void {
  if (FTS.has(condition.op)) {
    if (!argument) throw parseError(`"failed to parse filter (${text})"`, 'empty language');
    condition.language = argument;
  } else if (QUANTIFIABLE.has(condition.op) && (argument === 'any' || argument === 'all')) {
    condition.modifier = argument;
  } else {
    throw parseError(`"failed to parse filter (${text})"`, `unexpected modifier "${argument}"`);
  }
}

function isKeyword(raw: string, text: string): IsValue {
  const word = raw.toLowerCase();
  if (!IS_VALUES.has(word)) {
    throw parseError(
      `"failed to parse filter (${text})"`,
      'is accepts null, not_null, true, false or unknown',
    );
  }
  return word as IsValue;
}

/** `(a,"b,c",d)` or `{a,b}` → its items, quotes removed. */
export function parseList(raw: string, open: string, close: string, text: string): string[] {
  if (!raw.startsWith(open) || !raw.endsWith(close) || raw.length < 2) {
    throw parseError(`"failed to parse filter (${text})"`, `expected a list in ${open}${close}`);
  }
  const inner = raw.slice(1, -1);
  if (inner.trim() === '') return [];
  return splitTopLevel(inner).map(unquote);
}

/** Removes one level of double quotes and backslash escapes. */
export function unquote(value: string): string {
  const trimmed = value;
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return trimmed;
}

/** Splits on commas that are not inside quotes, parentheses or braces. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '\\' && i + 1 < text.length) {
        current += char + text[++i];
        continue;
      }
      if (char === '"') quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === '(' || char === '{') depth++;
    else if (char === ')' || char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

/** `or=(a.eq.1,and(b.gt.2,not.c.is.null))`: `text` is the parenthesised value. */
/** Deeper trees are refused: they only serve to exhaust the SQL parser's stack. */
export const MAX_NESTING = 32;

export function parseLogicTree(
  kind: 'and' | 'or',
  negate: boolean,
  text: string,
  depth = 0,
): LogicTree {
  if (depth > MAX_NESTING) throw parseError(`"failed to parse logic tree"`, 'nested too deeply');
  if (!text.startsWith('(') || !text.endsWith(')')) {
    throw parseError(`"failed to parse logic tree (${text})"`, 'expected "("');
  }
  const inner = text.slice(1, -1);
  if (inner.trim() === '') throw parseError(`"failed to parse logic tree (${text})"`, 'empty');
  const children = splitTopLevel(inner).map((part) => parseLogicItem(part.trim(), depth));
  return { kind, negate, children };
}

function parseLogicItem(text: string, depth: number): LogicTree {
  const nested = /^(not\.)?(and|or)\(/.exec(text);
  if (nested) {
    return parseLogicTree(
      nested[2] as 'and' | 'or',
      !!nested[1],
      text.slice(nested[0].length - 1),
      depth + 1,
    );
  }
  // The field is everything before the first '.' that is not inside an arrow path.
  const dot = text.indexOf('.');
  if (dot <= 0)
    throw parseError(`"failed to parse logic tree (${text})"`, 'expected field.operator.value');
  const field = parseField(text.slice(0, dot));
  return { kind: 'condition', condition: parseCondition(field, text.slice(dot + 1), true) };
}
