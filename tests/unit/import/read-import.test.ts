import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/import/read-import.ts';
import type { ImportResult } from '../../../src/import/types.ts';
import { fixtureBytes, utf8, zipOf, zipOfFixtureDir } from './fixtures.ts';

/** What the options page will show before writing: the format and how many items. */
const summary = (result: ImportResult): string =>
  'error' in result
    ? `error ${result.error.code}`
    : 'items' in result
      ? `${result.format} ${result.items.length}`
      : result.format;

describe('readImportFile', () => {
  it.each([
    ['pocket/part_000000.csv', fixtureBytes('pocket/part_000000.csv'), 'pocket-csv 3'],
    ['pocket/ril_export.html', fixtureBytes('pocket/ril_export.html'), 'pocket-html 3'],
    [
      'a Pocket ZIP of two parts',
      zipOf({
        'part_000000.csv': fixtureBytes('pocket/part_000000.csv'),
        'part_000001.csv': fixtureBytes('pocket/part_000001.csv'),
      }),
      'pocket-zip 5',
    ],
    ['instapaper/four-columns.csv', fixtureBytes('instapaper/four-columns.csv'), 'instapaper-csv 4'],
    ['instapaper/six-columns.csv', fixtureBytes('instapaper/six-columns.csv'), 'instapaper-csv 2'],
    ['an Omnivore ZIP', zipOfFixtureDir('omnivore'), 'omnivore-zip 4'],
    ['wallabag/entries.json', fixtureBytes('wallabag/entries.json'), 'wallabag-json 2'],
    ['Jianbao JSON', utf8('{"format": "jianbao-library", "version": 1, "articles": []}'), 'jianbao'],
  ])('reads %s', (_, bytes, expected) => {
    expect(summary(readImportFile(bytes))).toBe(expected);
  });

  it.each([
    [
      'a CSV with missing columns',
      fixtureBytes('bad/pocket-missing-status.csv'),
      { code: 'missing-columns', format: 'pocket-csv', line: 1, columns: ['status'] },
    ],
    [
      'a CSV cut off inside a quoted field',
      fixtureBytes('bad/pocket-unterminated-quote.csv'),
      { code: 'truncated', format: 'pocket-csv', line: 3 },
    ],
    [
      'a Pocket ZIP with a bad part',
      zipOf({
        'part_000000.csv': fixtureBytes('pocket/part_000000.csv'),
        'part_000001.csv': fixtureBytes('bad/pocket-empty-url.csv'),
      }),
      { code: 'bad-row', format: 'pocket-zip', file: 'part_000001.csv', line: 5, detail: 'url' },
    ],
    [
      'wallabag JSON with an entry without a URL',
      fixtureBytes('bad/wallabag-entry-without-url.json'),
      { code: 'bad-entry', format: 'wallabag-json', entry: 2, detail: 'url' },
    ],
    ['a file over 200 MB', fixtureBytes('wallabag/entries.json'), { code: 'too-large' }, 300 * 1024 * 1024],
  ])('refuses %s with no items', (_, bytes, error, size?: number) => {
    const result = readImportFile(bytes, size);
    expect(result).toMatchObject({ error });
    expect('items' in result).toBe(false);
  });
});
