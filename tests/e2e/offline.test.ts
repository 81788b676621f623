/**
 * The harness itself (issue #2): end-to-end tests reach only the loopback fixture server. Real host names
 * resolve only when a test maps them to it, so a corpus body's CDN image can never reach the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';

const MAPPED_HOST = 'finance.eastmoney.com';
/** A host the corpus bodies really link images from. */
const REAL_CDN = 'webquoteklinepic.eastmoney.com';

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/ping', { type: 'text/plain', body: 'pong' });
  session = await launchExtension({ loopbackHosts: [MAPPED_HOST] });
}, 60_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** What a fetch from the extension's service worker gets: the body, or the error's name. */
const fetchFromWorker = (url: string): Promise<string> =>
  session.worker.evaluate(async (target: string) => {
    try {
      return await (await fetch(target, { cache: 'no-store' })).text();
    } catch (error) {
      return `failed: ${(error as Error).name}`;
    }
  }, url);

describe('the end-to-end harness', () => {
  it("reaches the fixture server, and a real host name mapped to it, with the server's port", async () => {
    expect(await fetchFromWorker(`${server.origin}/ping`)).toBe('pong');
    expect(await fetchFromWorker(`http://${MAPPED_HOST}:${server.port}/ping`)).toBe('pong');
  });

  it('resolves no other host, so nothing leaves the machine', async () => {
    const before = server.requests.length;
    expect(await fetchFromWorker(`http://${REAL_CDN}/kline/1.png`)).toBe('failed: TypeError');
    expect(await fetchFromWorker(`https://${REAL_CDN}:${server.port}/ping`)).toBe('failed: TypeError');
    expect(server.requests.length).toBe(before);
  });
});
