/**
 * Keeps one registered content script per user share pattern (`scripting.registerContentScripts`),
 * so `content.js` also runs on the hosts users add. The manifest's static script covers the rest.
 */
import browser from 'webextension-polyfill';
import { crc32 } from '../src/export/crc32.ts';
import { originOf } from '../src/shared/match-pattern.ts';

const ID_PREFIX = 'jianbao-share-';

/** A stable id per pattern: registered-script ids must be unique and must not start with `_`. */
const scriptIdOf = (pattern: string): string =>
  `${ID_PREFIX}${crc32(new TextEncoder().encode(pattern)).toString(16).padStart(8, '0')}`;

/**
 * Asks for access to the pattern's host. Call it first thing in a click handler: browsers only show
 * the prompt during a user gesture. Resolves at once when access is already granted.
 */
export function requestHostAccess(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originOf(pattern)] });
}

/**
 * Gives back the host access a removed pattern was granted, unless a remaining pattern has the same
 * origin. Access the manifest itself asks for cannot be removed; the browser refuses, which is fine.
 */
export async function releaseHostAccess(removed: string, remaining: readonly string[]): Promise<boolean> {
  const origin = originOf(removed);
  if (remaining.some((pattern) => originOf(pattern) === origin)) return false;
  return browser.permissions.remove({ origins: [origin] }).catch(() => false);
}

/** Registers scripts for patterns that lack one and unregisters ours whose pattern is gone. */
export async function syncShareScripts(patterns: readonly string[]): Promise<void> {
  const want = new Map(patterns.map((pattern) => [scriptIdOf(pattern), pattern]));
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((s) =>
    s.id.startsWith(ID_PREFIX),
  );
  const stale = ours.filter((s) => !want.has(s.id)).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(ours.map((s) => s.id));
  const missing = [...want].filter(([id]) => !have.has(id));
  if (!missing.length) return;
  await browser.scripting.registerContentScripts(
    missing.map(([id, pattern]) => ({
      id,
      matches: [pattern],
      js: ['content.js'],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    })),
  );
}
