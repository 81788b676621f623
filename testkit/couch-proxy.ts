/**
 * A loopback HTTP proxy in front of the test server: it can be cut (every open connection dropped, new
 * ones reset at once, as when a server goes away) and restored, and it counts the bytes on the wire.
 */
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Credentials } from './couch-server.ts';

/** One request that went through the proxy. */
export interface ProxiedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  status?: number;
  /** Documents the body names: `docs` of `_bulk_get` and `_bulk_docs`, `keys` of `_all_docs`. */
  docs?: number;
}

/** How many documents a JSON request body names, when it names any. */
function docsNamed(body: string): number | undefined {
  if (body.length === 0) return undefined;
  try {
    const parsed = JSON.parse(body) as { docs?: unknown; keys?: unknown };
    const list = Array.isArray(parsed.docs)
      ? parsed.docs
      : Array.isArray(parsed.keys)
        ? parsed.keys
        : undefined;
    return list?.length;
  } catch {
    return undefined;
  }
}

export interface CouchProxy {
  origin: string;
  /** Every request forwarded since the start (refused ones while cut are not in it). */
  requests: ProxiedRequest[];
  /** Holds each answer back this long (a slow network), 0 to stop. */
  setLatency(ms: number): void;
  /** Refuses new connections and drops open ones, as a server that went away does. */
  cut(): void;
  /** Accepts connections again. */
  restore(): void;
  /** Bytes through the proxy since the start or the last `resetBytes()`. */
  bytes(): { toServer: number; fromServer: number };
  resetBytes(): void;
  close(): Promise<void>;
}

/** `PUT /<db>`: creating a database (names starting with `_` are system paths). */
const CREATES_DATABASE = /^\/[^/_?][^/?]*\/?(\?.*)?$/;

/**
 * PouchDB Server 4.2 crashes (an uncaught TypeError in express-pouchdb) when anyone but an admin creates a
 * database. Apache CouchDB 3 answers 401 "You are not a server admin.": the proxy answers that for it.
 */
function refusesNonAdminCreate(request: IncomingMessage, admin: Credentials): boolean {
  if (request.method !== 'PUT' || !CREATES_DATABASE.test(request.url ?? '')) return false;
  const adminHeader = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;
  return request.headers.authorization !== adminHeader;
}

export async function startCouchProxy(upstreamOrigin: string, admin: Credentials): Promise<CouchProxy> {
  const upstream = new URL(upstreamOrigin);
  const agent = new Agent({ keepAlive: true });
  const sockets = new Set<Socket>();
  let closedBytes = { toServer: 0, fromServer: 0 };
  let offset = { toServer: 0, fromServer: 0 };
  let isCut = false;
  let latencyMs = 0;
  const requests: ProxiedRequest[] = [];

  const forward = (request: IncomingMessage, response: ServerResponse): void => {
    if (isCut) {
      request.socket.destroy();
      return;
    }
    if (refusesNonAdminCreate(request, admin)) {
      request.resume();
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'unauthorized', reason: 'You are not a server admin.' }));
      return;
    }
    const logged: ProxiedRequest = { method: request.method ?? 'GET', url: request.url ?? '/' };
    requests.push(logged);
    const body: Uint8Array[] = [];
    request.on('data', (chunk: Uint8Array) => body.push(chunk));
    request.on('end', () => {
      logged.docs = docsNamed(new TextDecoder().decode(Buffer.concat(body)));
    });
    const outgoing = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: upstream.host },
        agent,
      },
      (answer) => {
        logged.status = answer.statusCode;
        const pass = (): void => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        };
        answer.on('error', () => response.destroy());
        if (latencyMs > 0) setTimeout(pass, latencyMs);
        else pass();
      },
    );
    outgoing.on('error', () => response.destroy());
    request.pipe(outgoing);
  };

  const server = createServer(forward);
  server.on('connection', (socket: Socket) => {
    if (isCut) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      closedBytes = {
        toServer: closedBytes.toServer + socket.bytesRead,
        fromServer: closedBytes.fromServer + socket.bytesWritten,
      };
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const total = () => {
    let { toServer, fromServer } = closedBytes;
    for (const socket of sockets) {
      toServer += socket.bytesRead;
      fromServer += socket.bytesWritten;
    }
    return { toServer, fromServer };
  };

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    setLatency(ms) {
      latencyMs = ms;
    },
    cut() {
      isCut = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      isCut = false;
    },
    bytes() {
      const now = total();
      return { toServer: now.toServer - offset.toServer, fromServer: now.fromServer - offset.fromServer };
    },
    resetBytes() {
      offset = total();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
