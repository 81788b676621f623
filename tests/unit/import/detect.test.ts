import { describe, expect, it } from 'vitest';
import { libraryToJson } from '../../../src/export/library-json.ts';
import { detectFormat } from '../../../src/import/detect.ts';
import { MAX_IMPORT_BYTES } from '../../../src/import/types.ts';
import { fixtureBytes, utf8, zipOf, zipOfFixtureDir } from './fixtures.ts';

const pocketZip = (): Uint8Array =>
  zipOf({
    'part_000000.csv': fixtureBytes('pocket/part_000000.csv'),
    'part_000001.csv': fixtureBytes('pocket/part_000001.csv'),
  });

const formatOf = (bytes: Uint8Array): string => {
  const detected = detectFormat(bytes);
  return 'error' in detected ? `error ${detected.error.code}` : detected.format;
};

describe('detectFormat', () => {
  it.each([
    ['pocket/part_000000.csv (BOM, \\r\\n)', fixtureBytes('pocket/part_000000.csv'), 'pocket-csv'],
    ['pocket/part_000001.csv (cursor column)', fixtureBytes('pocket/part_000001.csv'), 'pocket-csv'],
    ['pocket/ril_export.html', fixtureBytes('pocket/ril_export.html'), 'pocket-html'],
    ['instapaper/four-columns.csv', fixtureBytes('instapaper/four-columns.csv'), 'instapaper-csv'],
    ['instapaper/six-columns.csv', fixtureBytes('instapaper/six-columns.csv'), 'instapaper-csv'],
    ['wallabag/entries.json', fixtureBytes('wallabag/entries.json'), 'wallabag-json'],
    ['a Pocket ZIP with two parts', pocketZip(), 'pocket-zip'],
    ['an Omnivore ZIP', zipOfFixtureDir('omnivore'), 'omnivore-zip'],
    ['an Omnivore ZIP inside a folder', zipOfFixtureDir('omnivore', 'export/'), 'omnivore-zip'],
    [
      'a Pocket CSV missing a column (the parser names it)',
      fixtureBytes('bad/pocket-missing-status.csv'),
      'pocket-csv',
    ],
    [
      'an Instapaper CSV missing a column',
      fixtureBytes('bad/instapaper-missing-folder.csv'),
      'instapaper-csv',
    ],
  ])('recognises %s', (_, bytes, format) => {
    expect(formatOf(bytes)).toBe(format);
  });

  it('hands the Pocket ZIP parts over with their names, decoded', () => {
    const detected = detectFormat(pocketZip());
    if (!('parts' in detected)) throw new Error('not a Pocket ZIP');
    expect(detected.parts.map((p) => p.name).sort()).toEqual(['part_000000.csv', 'part_000001.csv']);
    expect(detected.parts.find((p) => p.name === 'part_000000.csv')?.text).toContain('央行降准');
  });

  it("recognises Jianbao's own library file and hands its text back unparsed", () => {
    const text = libraryToJson([], undefined, new Date('2026-01-01T00:00:00Z'));
    expect(detectFormat(utf8(text))).toEqual({ format: 'jianbao', text });
  });

  it.each([
    [
      'a ZIP of something else',
      zipOf({ 'readme.txt': utf8('hi'), 'photos/a.jpg': new Uint8Array([1, 2]) }),
      'not-an-export',
    ],
    ['a ZIP cut off', zipOfFixtureDir('omnivore').slice(0, 200), 'truncated'],
    ['JSON of another shape', fixtureBytes('bad/other-shape.json'), 'bad-json-shape'],
    ['a JSON array of another shape', fixtureBytes('bad/other-array.json'), 'bad-json-shape'],
    ['JSON cut off', fixtureBytes('bad/wallabag-truncated.json'), 'truncated'],
    ['malformed JSON', fixtureBytes('bad/not-json.json'), 'bad-json'],
    ['an empty array', utf8('[]'), 'empty'],
    ['an empty file', utf8(' \n'), 'empty'],
    ['HTML that is not a Pocket export', utf8('<!doctype html><h1>Hello</h1>'), 'unknown-format'],
    ['a CSV of other columns', utf8('name,email\na,b@example.com\n'), 'unknown-format'],
    [
      'binary that is not a ZIP',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0, 1, 2]),
      'unknown-format',
    ],
  ])('refuses %s', (_, bytes, code) => {
    expect(formatOf(bytes)).toBe(`error ${code}`);
  });

  it('names what it found instead: entry names, keys or header', () => {
    expect(detectFormat(zipOf({ 'readme.txt': utf8('hi') }))).toEqual({
      error: { code: 'not-an-export', detail: 'readme.txt' },
    });
    expect(detectFormat(fixtureBytes('bad/other-shape.json'))).toEqual({
      error: { code: 'bad-json-shape', detail: 'bookmarks, version' },
    });
    expect(detectFormat(fixtureBytes('bad/other-array.json'))).toEqual({
      error: { code: 'bad-json-shape', entry: 1, detail: 'href, name' },
    });
    expect(detectFormat(fixtureBytes('bad/wallabag-truncated.json'))).toEqual({
      error: { code: 'truncated', line: 2 },
    });
  });

  it('refuses a file over 200 MB by its size, before reading a byte of it', () => {
    const wallabag = fixtureBytes('wallabag/entries.json');
    expect(detectFormat(wallabag, MAX_IMPORT_BYTES + 1)).toEqual({
      error: { code: 'too-large', detail: String(MAX_IMPORT_BYTES + 1) },
    });
    expect(formatOf(wallabag)).toBe('wallabag-json');
    expect('format' in detectFormat(wallabag, MAX_IMPORT_BYTES)).toBe(true);
  });
});
