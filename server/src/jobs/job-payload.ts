import { z } from 'zod';

/** A payload naming one row by its numeric id; anything else is a bug worth failing on. */
export function idPayload<K extends string>(key: K) {
  const schema = z.object({ [key]: z.coerce.number().int().positive() } as Record<
    K,
    z.ZodCoercedNumber
  >);
  return (payload: unknown): number => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw new Error(`job payload needs a positive integer "${key}"`);
    return (parsed.data as Record<K, number>)[key];
  };
}
