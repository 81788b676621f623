import { readFileSync } from 'node:fs';

export type Browser = 'chromium' | 'firefox';

export const GECKO_ID = 'jianbao@jianbao.app';

type Manifest = Record<string, unknown> & { background: Record<string, unknown>; version: string };

/** The base manifest plus the keys one browser needs (obsidian-clipper's per-browser overlay). */
export function manifestFor(browser: Browser, baseFile = 'manifest.json'): Manifest {
  const base = JSON.parse(readFileSync(baseFile, 'utf8')) as Manifest;
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  base.version = version;
  if (browser === 'chromium') return base;
  return {
    ...base,
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    background: { scripts: ['background.js'], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions needs Firefox 140 (an ESR) and Firefox for Android 142.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
