import { quoteIdent } from '../schema-cache/load';
import type { QualifiedName } from '../schema-cache/types';

/** Collects bind parameters; request values reach SQL only through here. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export const ident = quoteIdent;

export function qualified(name: QualifiedName): string {
  return `${ident(name.schema)}.${ident(name.name)}`;
}
