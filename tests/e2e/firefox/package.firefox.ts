/** Issue #6 §5: `npm run package` makes a zip for each store, each with its own manifest at the root. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../../build/manifest-for.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const zip = (kind: string): string => join('packages', `jianbao-${kind}-${version}.zip`);
/** Names in a zip, read back with Info-ZIP (installed by .ci/run), not with our own writer's code. */
const namesIn = (file: string): string[] =>
  execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
const manifestIn = (file: string) =>
  JSON.parse(execFileSync('unzip', ['-p', file, 'manifest.json'], { encoding: 'utf8' })) as Record<
    string,
    unknown
  >;

describe('npm run package', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'package'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }, 120_000);

  it('zips the Chromium build for the Chrome Web Store', () => {
    const names = namesIn(zip('chromium'));
    for (const name of [
      'manifest.json',
      'background.js',
      'content.js',
      'popup.html',
      'reader.html',
      'options.html',
      '_locales/zh_CN/messages.json',
    ])
      expect(names).toContain(name);
    const manifest = manifestIn(zip('chromium'));
    expect(manifest).toMatchObject({
      manifest_version: 3,
      version,
      background: { service_worker: 'background.js' },
    });
    expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('zips the Firefox build for AMO, with its own manifest', () => {
    expect(namesIn(zip('firefox'))).toContain('manifest.json');
    const manifest = manifestIn(zip('firefox')) as {
      version: string;
      background: unknown;
      browser_specific_settings: { gecko: { id: string } };
    };
    expect(manifest.version).toBe(version);
    expect(manifest.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
  });

  it('zips the tracked sources AMO asks for, and nothing built', () => {
    const names = namesIn(zip('source'));
    for (const name of ['package.json', 'package-lock.json', 'manifest.json', 'README.md', 'build/build.ts'])
      expect(names).toContain(name);
    expect(names.filter((name) => /^(dist|dist-firefox|node_modules|packages)\//.test(name))).toEqual([]);
  });
});
