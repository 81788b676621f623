/** Reads the hand-written export samples in tests/fixtures-import/ and packs ZIPs of them at test time. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';

export const FIXTURES = fileURLToPath(new URL('../../fixtures-import/', import.meta.url));

export const fixtureBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, path)));

export const fixtureText = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

/** Every file under `dir` by its path relative to `dir`. */
function filesUnder(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split('\\').join('/')] = new Uint8Array(readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/**
 * A deflated ZIP of fixture files, as the services ship them.
 * @param prefix a folder the entries sit in (some unzip-and-rezip tools add one).
 */
export function zipOf(files: Record<string, Uint8Array>, prefix = ''): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, bytes] of Object.entries(files)) zippable[prefix + path] = bytes;
  return zipSync(zippable, { level: 6 });
}

export const zipOfFixtureDir = (dir: string, prefix = ''): Uint8Array =>
  zipOf(filesUnder(join(FIXTURES, dir)), prefix);

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
