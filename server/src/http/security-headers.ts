import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

const HSTS = 'max-age=31536000';

/** The origins the web app's live updates connect to, besides 'self' (older Safari). */
function socketOrigins(publicUrl: string): string[] {
  const url = new URL(publicUrl);
  return [`${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`];
}

/**
 * Security headers on every answer. Scripts only from our own files (the Vite build and
 * the API docs have no inline script). Styles allow 'unsafe-inline' because FullCalendar
 * injects its stylesheet as a <style> element and Swagger UI sets style attributes; no
 * script can run from a style. HSTS only over HTTPS (directly, or per a trusted proxy's
 * X-Forwarded-Proto): sent over plain HTTP it would lock a LAN install out.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { publicUrl: string },
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...socketOrigins(options.publicUrl)],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Same-origin requests keep their Origin header (the auth routes check it);
    // nothing of our URLs leaks to other sites.
    referrerPolicy: { policy: 'same-origin' },
    hsts: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', HSTS);
  });
}
