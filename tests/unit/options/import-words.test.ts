/** Every refusal of an import file says what is wrong and where, with the library unchanged. */
import { describe, expect, it } from 'vitest';
import type { ImportErrorCode } from '../../../src/import/types.ts';
import { refusalOf } from '../../../options/components/import/import-words.ts';

const CODES: ImportErrorCode[] = [
  'too-large',
  'empty',
  'unknown-format',
  'not-an-export',
  'missing-columns',
  'bad-json-shape',
  'bad-json',
  'truncated',
  'bad-zip',
  'bad-row',
  'bad-entry',
];

describe('refusalOf', () => {
  it.each(CODES)('words %s as a whole sentence', (code) => {
    const message = refusalOf({ code, format: 'pocket-csv', detail: '250000000', columns: ['status'] });
    expect(message).toMatch(
      /^The file was not imported: it|^The file was not imported: (a row|an entry|the header)/,
    );
    expect(message).toMatch(/\. Your library is unchanged\.$/);
    expect(message).not.toContain('  ');
  });

  it('names the place: line, entry, and the file inside a ZIP', () => {
    expect(
      refusalOf({ code: 'bad-row', format: 'pocket-zip', line: 7, file: 'part_000001.csv', detail: 'url' }),
    ).toBe(
      'The file was not imported: a row of this Pocket export (ZIP) cannot be imported: its “url” is missing or ' +
        'not valid (line 7 of part_000001.csv). Your library is unchanged.',
    );
    expect(refusalOf({ code: 'bad-entry', format: 'wallabag-json', entry: 2, detail: 'not an object' })).toBe(
      'The file was not imported: an entry of this wallabag JSON export is not an object (entry 2). ' +
        'Your library is unchanged.',
    );
    expect(refusalOf({ code: 'too-large', detail: String(250 * 1024 * 1024) })).toBe(
      'The file was not imported: it is 250 MB, over the 200 MB an import can take. Your library is unchanged.',
    );
  });
});
