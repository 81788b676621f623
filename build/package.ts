/**
 * Store-ready packages: builds both browsers and zips them into packages/ —
 * `jianbao-chromium-<version>.zip` (Chrome Web Store), `jianbao-firefox-<version>.zip` (AMO),
 * and `jianbao-source-<version>.zip` (the tracked sources AMO asks for when code is bundled).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { writeZip, type ZipEntry } from '../src/export/zip.ts';
import { buildExtension } from './build.ts';
import type { Browser } from './manifest-for.ts';

const OUT = 'packages';
const deflate = (data: Uint8Array): Uint8Array => deflateRawSync(data, { level: 9 });
const BROWSERS: Browser[] = ['chromium', 'firefox'];

/** Entry times from the last commit, so the same commit packs to the same bytes. */
function commitTime(): Date {
  try {
    return new Date(
      Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim()) * 1000,
    );
  } catch {
    return new Date(Date.UTC(2020, 0, 1));
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Zip entries for `files`, named relative to `root` with `/` separators (the manifest sits at the root). */
function entriesOf(files: string[], root: string, modified: Date): ZipEntry[] {
  return files.map((file) => ({
    name: relative(root, file).split(sep).join('/'),
    data: readFileSync(file),
    modified,
  }));
}

async function packageAll(): Promise<string[]> {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const modified = commitTime();
  mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  for (const browser of BROWSERS) {
    const dir = await buildExtension(browser);
    const file = join(OUT, `jianbao-${browser}-${version}.zip`);
    writeFileSync(file, writeZip(entriesOf(filesUnder(dir), dir, modified), deflate));
    written.push(file);
  }
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  const source = join(OUT, `jianbao-source-${version}.zip`);
  writeFileSync(
    source,
    writeZip(
      entriesOf(
        tracked.filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile()),
        '.',
        modified,
      ),
      deflate,
    ),
  );
  written.push(source);
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of await packageAll())
    console.log(`${file}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
}
