import type { FastifyInstance } from 'fastify';
import type { RequestTx } from '../db/request-tx';
import { type BearerAuthOptions, requireSignedIn, signedInUser } from '../http/bearer-auth';
import { ClientError } from '../http/client-error';
import { ErrorCode } from '../http/error-codes';
import { collectMyData } from './collect-my-data';
import { entriesBetween, toCsv } from './entries-csv';
import { logExport } from './export-log';

export interface ExportRoutesDeps {
  withRequestTx: RequestTx;
  auth: BearerAuthOptions;
}

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/** `GET /export/me.json` (my data, GDPR-style) and `GET /export/entries.csv?from&to`. */
export async function exportRoutes(app: FastifyInstance, deps: ExportRoutesDeps): Promise<void> {
  const guard = requireSignedIn(deps.auth);

  app.get('/export/me.json', { preHandler: guard }, async (request, reply) => {
    const user = signedInUser(request);
    const data = await deps.withRequestTx(user.context, async (client) => {
      const collected = await collectMyData(client);
      const count =
        collected.entries.length + collected.tasks.length + collected.notifications.length;
      await logExport(client, 'json', 'me.json', count);
      return collected;
    });
    return reply
      .header('Content-Type', 'application/json; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="crewlog-me.json"')
      .header('Cache-Control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  });

  app.get<{ Querystring: { from: string; to: string } }>(
    '/export/entries.csv',
    {
      preHandler: guard,
      schema: {
        querystring: {
          type: 'object',
          properties: {
            from: { type: 'string', pattern: DATE },
            to: { type: 'string', pattern: DATE },
          },
          required: ['from', 'to'],
        },
      },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      const { from, to } = request.query;
      if (!isDate(from) || !isDate(to) || from > to) {
        throw new ClientError(
          400,
          ErrorCode.badRequest,
          'from and to must be dates with from <= to.',
        );
      }
      const fileName = `entries-${from}-${to}.csv`;
      const rows = await deps.withRequestTx(user.context, async (client) => {
        const found = await entriesBetween(client, from, to);
        await logExport(client, 'csv', fileName, found.length);
        return found;
      });
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${fileName}"`)
        .header('Cache-Control', 'no-store')
        .send(toCsv(rows));
    },
  );
}

function isDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
