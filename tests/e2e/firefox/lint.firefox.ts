/** Issue #6 §5: Mozilla's own linter accepts the Firefox build (errors fail; warnings are listed). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../../build/manifest-for.ts';
import { DIST_FIREFOX } from './harness.ts';

interface LintReport {
  summary: { errors: number };
  errors: Array<{ code: string; message: string }>;
  warnings: Array<{ code: string }>;
}

describe('web-ext lint on dist-firefox', () => {
  it('reports no errors', { timeout: 150_000 }, () => {
    // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
    let out: string;
    try {
      out = execFileSync(
        join('node_modules', '.bin', 'web-ext'),
        ['lint', '--source-dir', DIST_FIREFOX, '--output', 'json', '--no-input'],
        { encoding: 'utf8' },
      );
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as LintReport;
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    console.info(
      'web-ext lint warnings:',
      [...new Set(report.warnings.map((w) => w.code))].join(', ') || 'none',
    );
  });

  it('has the Firefox manifest differences: background scripts and gecko settings', () => {
    const manifest = JSON.parse(readFileSync(join(DIST_FIREFOX, 'manifest.json'), 'utf8')) as {
      background: unknown;
      browser_specific_settings: { gecko: unknown };
      options_ui: unknown;
    };
    expect(manifest.background).toEqual({ scripts: ['background.js'], type: 'module' });
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: GECKO_ID,
      data_collection_permissions: { required: ['none'] },
    });
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });
});
