import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { AuthError, AuthErrorCode } from './auth-errors';

/** A route's request budget per client address, as the route table declares it. */
export interface RouteRateLimit {
  max: number;
  timeWindow: string;
}

export const perMinute = (max: number): RouteRateLimit => ({ max, timeWindow: '1 minute' });
export const perHour = (max: number): RouteRateLimit => ({ max, timeWindow: '1 hour' });

/**
 * Per-route limits for the auth routes only (global: false). With REDIS_URL the counters
 * live in Redis, so several Crewlog instances share them; a Redis outage lets requests
 * through (skipOnError) because logins stay guarded by the database's lock-out.
 */
export async function installRateLimits(app: FastifyInstance, redisUrl: string | undefined) {
  const redis = redisUrl
    ? new Redis(redisUrl, { connectTimeout: 1_000, maxRetriesPerRequest: 1, lazyConnect: false })
    : undefined;
  if (redis) {
    redis.on('error', (error) => app.log.warn({ err: error }, 'rate limit store: redis error'));
    app.addHook('onClose', async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
  }
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: 'crewlog-auth-rl:' } : {}),
    skipOnError: true,
    errorResponseBuilder: (_request, context) =>
      new AuthError(
        context.statusCode,
        AuthErrorCode.rateLimited,
        `Too many requests; try again in ${context.after}.`,
      ),
  });
}
