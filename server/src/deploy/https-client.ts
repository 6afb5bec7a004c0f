import https from 'node:https';
import { WebSocket } from 'ws';

export interface HttpsAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json<T = unknown>(): T;
}

export interface HttpsClient {
  request(
    method: string,
    url: string,
    options?: { headers?: Record<string, string>; body?: unknown },
  ): Promise<HttpsAnswer>;
  /** A /ws socket through the same trust and source address. */
  socket(url: string): WebSocket;
  close(): void;
}

/**
 * Requests as one client machine would make them: trusting only `ca` (the topology's
 * self-signed certificate), from `localAddress` (any 127.x.y.z on loopback, so that rate
 * limits and lock-outs see distinct clients), with keep-alive.
 */
export function httpsClient(ca: Buffer, localAddress?: string): HttpsClient {
  const agent = new https.Agent({ ca, keepAlive: true, localAddress, maxSockets: 8 });
  return {
    request(method, url, { headers = {}, body } = {}) {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      return new Promise((resolve, reject) => {
        const request = https.request(
          url,
          {
            method,
            agent,
            headers: {
              ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
              ...headers,
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers,
                body: text,
                json: () => JSON.parse(text),
              });
            });
          },
        );
        request.setTimeout(30_000, () => request.destroy(new Error(`${method} ${url}: timeout`)));
        request.on('error', reject);
        request.end(payload);
      });
    },
    socket: (url) => new WebSocket(url, { ca, localAddress }),
    close: () => agent.destroy(),
  };
}

/** A random loopback address, so each run starts with fresh per-address counters. */
export function randomLoopbackAddress(): string {
  const octet = () => 1 + Math.floor(Math.random() * 254);
  return `127.${octet()}.${octet()}.${octet()}`;
}
