/** A loopback HTTP server for fixture pages; it records every request so tests can assert on them. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureResponse {
  status?: number;
  type?: string;
  body: string | Buffer;
  /** Delay before answering, for pages that load slowly. */
  delayMs?: number;
  /** Sent as the Location header: with a 3xx status, a redirect. */
  location?: string;
}

export type RouteHandler = (request: IncomingMessage, url: URL) => FixtureResponse | undefined;

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Every request path (with query) in arrival order. */
  requests: string[];
  route(path: string, response: FixtureResponse | RouteHandler): void;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, RouteHandler>();
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const found = routes.get(url.pathname)?.(request, url);
    const answer = (): void => {
      if (!found) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      response.writeHead(found.status ?? 200, {
        'content-type': found.type ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(found.location ? { location: found.location } : {}),
      });
      response.end(found.body);
    };
    if (found?.delayMs) setTimeout(answer, found.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    route(path, response) {
      routes.set(path, typeof response === 'function' ? response : () => response);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
