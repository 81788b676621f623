/**
 * The extension's scripts word every message through chrome.i18n, from `_locales`: the English catalogue
 * is for Node only (CLI, unit tests). Bundled, it added 15 KB to every page and to the content script
 * that runs on each share page.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CONTENT_ENTRY, MODULE_ENTRIES } from '../../../build/build.ts';
import { englishMessage } from '../../../src/shared/english-messages.ts';
import { t } from '../../../src/shared/i18n.ts';

const entries = { ...MODULE_ENTRIES, content: CONTENT_ENTRY };

describe('extension bundles', () => {
  it.each(Object.entries(entries))('%s carries no message catalogue', async (name, entry) => {
    const result = await build({
      entryPoints: { [name]: entry },
      bundle: true,
      write: false,
      outdir: 'out',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(
      inputs.some((path) => path.includes('src/shared/i18n.ts')),
      'the entry words messages',
    ).toBe(true);
    expect(inputs.filter((path) => path.includes('_locales/'))).toEqual([]);
  });
});

describe('messages in Node', () => {
  it('are worded in English from _locales/en, placeholders filled', () => {
    expect(t('popupArticleCount', '7')).toBe(englishMessage('popupArticleCount', '7'));
    expect(t('popupArticleCount', '7')).toContain('7');
  });
});
