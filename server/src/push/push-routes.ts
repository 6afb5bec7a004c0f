import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config';
import type { RuntimeSecrets } from '../config/runtime-secrets';
import type { Database } from '../db/database';
import { requireSignedIn, signedInUser } from '../http/bearer-auth';
import { ClientError } from '../http/client-error';
import { databaseRefusal } from '../http/database-refusal';
import { ErrorCode } from '../http/error-codes';
import { isAllowedEndpoint } from './endpoint-rule';

interface PushDeps {
  config: Config;
  db: Database;
  secrets: RuntimeSecrets;
}

interface SubscribeBody {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  device_info?: string;
}

const subscribeSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['endpoint', 'keys'],
  properties: {
    endpoint: { type: 'string', minLength: 10, maxLength: 2048 },
    keys: {
      type: 'object',
      additionalProperties: false,
      required: ['p256dh', 'auth'],
      properties: {
        p256dh: { type: 'string', pattern: '^[A-Za-z0-9_-]{80,100}$' },
        auth: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,32}$' },
      },
    },
    device_info: { type: 'string', maxLength: 300 },
  },
} as const;

/**
 * `GET /push/public-key` (the VAPID key a browser subscribes with) and
 * `POST /push/subscriptions` (this device, tied to the session that subscribes it).
 * Unsubscribing is `DELETE /api/push_subscriptions?subscription_id=eq.N`.
 */
export async function registerPush(app: FastifyInstance, deps: PushDeps): Promise<void> {
  const vapid = deps.secrets.vapid;
  const guard = requireSignedIn({
    jwtSecret: deps.secrets.jwtSecret,
    audience: deps.config.jwtAudience,
  });

  app.get('/push/public-key', async () => {
    if (!vapid) throw pushOff();
    return { public_key: vapid.publicKey };
  });

  app.post<{ Body: SubscribeBody }>(
    '/push/subscriptions',
    { preHandler: guard, schema: { body: subscribeSchema }, bodyLimit: 8 * 1024 },
    async (request, reply) => {
      if (!vapid) throw pushOff();
      const { endpoint, keys, device_info: deviceInfo } = request.body;
      if (!isAllowedEndpoint(endpoint, deps.config.push.endpointHosts)) {
        throw new ClientError(
          422,
          ErrorCode.rejectedByDatabase,
          'This push address is not one of the push services Crewlog sends to.',
        );
      }
      const user = signedInUser(request);
      try {
        const id = await deps.db.withRequestTx(user.context, async (client) => {
          // Subscribing again from the same browser replaces the old subscription.
          await client.query('delete from app.push_subscriptions where endpoint = $1', [endpoint]);
          const { rows } = await client.query<{ subscription_id: string }>(
            `insert into app.push_subscriptions (endpoint, p256dh, auth, device_info)
             values ($1, $2, $3, $4) returning subscription_id`,
            [endpoint, keys.p256dh, keys.auth, deviceInfo ?? null],
          );
          return Number(rows[0]?.subscription_id);
        });
        return reply.status(201).send({ subscription_id: id });
      } catch (error) {
        throw databaseRefusal(error);
      }
    },
  );
}

function pushOff(): ClientError {
  return new ClientError(
    404,
    ErrorCode.notFound,
    'Push notifications are not set up on this server (no VAPID keys).',
  );
}
