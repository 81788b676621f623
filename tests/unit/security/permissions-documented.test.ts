/**
 * Issue #7 §4: every permission the manifest asks for is written down in the README's "Permissions and
 * privacy" table, with why: a permission added without a reason fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../build/manifest-for.ts';

interface PermissionKeys {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
}

/** The first cell of each row of the table under the README's permissions heading. */
function documentedRows(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions and privacy'));
  if (!section) throw new Error('README has no "Permissions and privacy" section');
  return section
    .split('\n')
    .filter((line) => /^\| [^-]/.test(line))
    .slice(1)
    .map((line) => line.split('|')[1]!.trim());
}

describe("the README's permissions table", () => {
  const rows = documentedRows();

  it('has a reason for every row', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const row of rows) {
      const line = readme.split('\n').find((l) => l.startsWith(`| ${row} |`));
      expect(line?.split('|')[2]?.trim().length ?? 0, row).toBeGreaterThan(20);
    }
  });

  for (const browser of ['chromium', 'firefox'] as const) {
    it(`names every permission the ${browser} manifest asks for`, () => {
      const manifest = manifestFor(browser) as PermissionKeys;
      const asked = [
        ...(manifest.permissions ?? []),
        ...(manifest.optional_permissions ?? []),
        ...(manifest.host_permissions ?? []),
        ...(manifest.optional_host_permissions ?? []),
      ];
      expect(asked.length).toBeGreaterThan(0);
      const undocumented = asked.filter(
        (permission) => !rows.some((row) => row.includes(`\`${permission}\``)),
      );
      expect(undocumented).toEqual([]);
    });
  }
});
