import type { FastifyInstance, FastifySchema } from 'fastify';
import type { z } from 'zod';
import { AuthError, AuthErrorCode } from './auth-errors';

/** Auth bodies are small forms; anything bigger is refused before it is parsed. */
export const AUTH_BODY_LIMIT = 16 * 1024;

const PART_CODES = {
  body: AuthErrorCode.invalidBody,
  querystring: AuthErrorCode.invalidQuery,
  params: AuthErrorCode.invalidParams,
} as const;

/**
 * Route schemas under /auth are zod schemas, checked strictly: no type coercion, no
 * silently dropped fields. A mismatch is a 400 that names the first field at fault.
 */
export function installZodValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const zodSchema = schema as unknown as z.ZodType;
    const code = PART_CODES[httpPart as keyof typeof PART_CODES] ?? AuthErrorCode.invalidBody;
    return (data: unknown) => {
      const result = zodSchema.safeParse(data ?? undefined);
      if (result.success) return { value: result.data };
      const issue = result.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return { error: new AuthError(400, code, `${where}${issue?.message ?? 'invalid'}`) };
    };
  });
}

/**
 * JSON bodies parsed here rather than by Fastify's parser so that an empty body (a fetch
 * that sets Content-Type on a bodiless POST) is simply no body, and broken JSON is a
 * clear 400 invalid_json.
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: AUTH_BODY_LIMIT },
    (_request, text, done) => {
      const body = String(text);
      if (body.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(body));
      } catch {
        done(new AuthError(400, AuthErrorCode.invalidJson, 'The request body is not valid JSON.'));
      }
    },
  );
}

/** Fastify's route schema slot typed loosely enough to hold zod schemas. */
export function zodSchema(parts: {
  body?: z.ZodType;
  querystring?: z.ZodType;
  params?: z.ZodType;
}): FastifySchema {
  const schema: Record<string, z.ZodType> = {};
  for (const part of ['body', 'querystring', 'params'] as const) {
    const partSchema = parts[part];
    if (partSchema) schema[part] = partSchema;
  }
  return schema as unknown as FastifySchema;
}
