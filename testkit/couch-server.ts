/**
 * A real CouchDB-compatible server for the sync tests and bench:sync: PouchDB Server from npm, in memory on a
 * free loopback port (no native modules, nothing written beside the repo), or the CouchDB at
 * `JIANBAO_COUCHDB_URL` (`http://admin:password@host:5984`) when set, where every run makes its own
 * uniquely-named databases and users and removes them at the end.
 *
 * Clients reach it through a loopback proxy the tests can cut and restore: with `--in-memory` a restarted
 * server has lost its data, so "the server went away mid-sync" is a cut connection, not a killed process.
 * The proxy also counts the bytes on the wire for the benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startCouchProxy, type CouchProxy } from './couch-proxy.ts';
import { freePort } from './free-port.ts';

export interface Credentials {
  username: string;
  password: string;
}

export interface CouchAnswer {
  status: number;
  body: unknown;
}

/** The proxy's controls (cut, latency, request log, byte counts) come with the server. */
export interface CouchServer extends Omit<CouchProxy, 'origin' | 'close'> {
  /** `http://127.0.0.1:<port>`: through the proxy, without credentials. What the extension is given. */
  url: string;
  /** The server itself, past the proxy. */
  directUrl: string;
  /** A server admin: PouchDB Server starts in "admin party", ended here so wrong passwords get 401. */
  admin: Credentials;
  /** Whether this is PouchDB Server started here (false: the CouchDB at JIANBAO_COUCHDB_URL). */
  local: boolean;
  /** A new database with a unique name starting with `prefix`, created as admin; returns its name. */
  createDatabase(prefix?: string): Promise<string>;
  deleteDatabase(name: string): Promise<void>;
  /** A plain (non-admin) user in `_users`; the name gets a unique suffix, which is returned. */
  createUser(prefix: string, password: string): Promise<string>;
  /** Makes `username` a member of `database` (its `_security`), so only members and admins may use it. */
  allowUser(database: string, username: string): Promise<void>;
  /** One JSON request as admin, straight to the server (not through the proxy). */
  request(method: string, path: string, body?: unknown): Promise<CouchAnswer>;
  /** Every document of a database (`_all_docs?include_docs=true`), design documents left out. */
  allDocs(database: string): Promise<Array<Record<string, unknown>>>;
  /** Stops the proxy and the server (or, for JIANBAO_COUCHDB_URL, removes what this run created). */
  stop(): Promise<void>;
}

const ADMIN: Credentials = { username: 'jianbao-admin', password: 'jianbao-admin-password' };
const STARTUP_MS = 30_000;

let unique = 0;
const uniqueName = (prefix: string): string =>
  `${prefix}-${process.pid}-${Date.now().toString(36)}-${(unique++).toString(36)}`;

const basic = ({ username, password }: Credentials): string =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

async function couchRequest(
  origin: string,
  credentials: Credentials | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<CouchAnswer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (credentials) headers.authorization = basic(credentials);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(origin + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: the caller sees the text.
  }
  return { status: response.status, body: parsed };
}

function expectOk(answer: CouchAnswer, what: string): void {
  if (answer.status >= 300) throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
}

function pouchdbServerBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pouchdb-server/package.json')), 'bin', 'pouchdb-server');
}

async function waitUntilAnswering(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pouchdb-server did not answer within ${STARTUP_MS} ms:\n${log()}`);
}

interface Backend {
  origin: string;
  admin: Credentials;
  local: boolean;
  stop(): Promise<void>;
}

async function startPouchdbServer(): Promise<Backend> {
  const port = await freePort();
  // Its config.json and log file go to a temporary folder, not the working directory.
  const home = mkdtempSync(join(tmpdir(), 'jianbao-couch-'));
  const child = spawn(
    process.execPath,
    [
      pouchdbServerBin(),
      '--in-memory',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--config',
      join(home, 'config.json'),
      '--dir',
      home,
      '--no-stdout-logs',
    ],
    { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const origin = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(origin, child, () => output);
    // End the admin party: from here on only the admin may create databases and users.
    expectOk(
      await couchRequest(origin, undefined, 'PUT', `/_config/admins/${ADMIN.username}`, ADMIN.password),
      'creating the server admin',
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, admin: ADMIN, local: true, stop };
}

function externalServer(url: string): Backend {
  const parsed = new URL(url);
  const admin = {
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
  if (!admin.username)
    throw new Error('JIANBAO_COUCHDB_URL needs admin credentials: http://admin:pw@host:5984');
  return { origin: parsed.origin, admin, local: false, stop: () => Promise.resolve() };
}

export async function startCouchServer(): Promise<CouchServer> {
  const external = process.env.JIANBAO_COUCHDB_URL;
  const backend = external ? externalServer(external) : await startPouchdbServer();
  let proxy: CouchProxy;
  try {
    proxy = await startCouchProxy(backend.origin, backend.admin);
  } catch (error) {
    await backend.stop();
    throw error;
  }
  const databases = new Set<string>();
  const users = new Set<string>();
  const request = (method: string, path: string, body?: unknown) =>
    couchRequest(backend.origin, backend.admin, method, path, body);

  const server: CouchServer = {
    url: proxy.origin,
    directUrl: backend.origin,
    admin: backend.admin,
    local: backend.local,
    request,
    async createDatabase(prefix = 'jianbao-test') {
      const name = uniqueName(prefix);
      expectOk(await request('PUT', `/${encodeURIComponent(name)}`), `creating database ${name}`);
      databases.add(name);
      return name;
    },
    async deleteDatabase(name) {
      const answer = await request('DELETE', `/${encodeURIComponent(name)}`);
      if (answer.status !== 404) expectOk(answer, `deleting database ${name}`);
      databases.delete(name);
    },
    async createUser(prefix, password) {
      const name = uniqueName(prefix);
      expectOk(
        await request('PUT', `/_users/org.couchdb.user:${encodeURIComponent(name)}`, {
          name,
          password,
          roles: [],
          type: 'user',
        }),
        `creating user ${name}`,
      );
      users.add(name);
      return name;
    },
    async allowUser(database, username) {
      expectOk(
        await request('PUT', `/${encodeURIComponent(database)}/_security`, {
          admins: { names: [], roles: [] },
          members: { names: [username], roles: [] },
        }),
        `letting ${username} use ${database}`,
      );
    },
    async allDocs(database) {
      const answer = await request('GET', `/${encodeURIComponent(database)}/_all_docs?include_docs=true`);
      expectOk(answer, `reading ${database}`);
      const rows = (answer.body as { rows: Array<{ id: string; doc?: Record<string, unknown> }> }).rows;
      return rows.filter((row) => !row.id.startsWith('_design/')).map((row) => row.doc ?? { _id: row.id });
    },
    requests: proxy.requests,
    setLatency: (ms) => proxy.setLatency(ms),
    cut: () => proxy.cut(),
    restore: () => proxy.restore(),
    bytes: () => proxy.bytes(),
    resetBytes: () => proxy.resetBytes(),
    async stop() {
      await proxy.close();
      if (!backend.local) {
        for (const name of databases)
          await request('DELETE', `/${encodeURIComponent(name)}`).catch(() => undefined);
        for (const name of users) {
          const path = `/_users/org.couchdb.user:${encodeURIComponent(name)}`;
          const found = await request('GET', path).catch(() => undefined);
          const rev = (found?.body as { _rev?: string } | undefined)?._rev;
          if (rev) await request('DELETE', `${path}?rev=${rev}`).catch(() => undefined);
        }
      }
      await backend.stop();
    },
  };
  return server;
}
