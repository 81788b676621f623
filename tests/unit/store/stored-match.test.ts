import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article.ts';
import { normalizeUrl } from '../../../src/shared/url-key.ts';
import { infoCodesDiffer, storedMatches, type StoredReader } from '../../../src/store/stored-match.ts';

const SHARE = 'https://finance.example.cn/html_News/NewsShare.html';

function stored(id: string, url: string, infoCode?: string): Article {
  return { id, url, infoCode } as Article;
}

/** A library of `records`, each findable by id and by its normalized address. */
function readerOf(records: Article[]): StoredReader & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    article: (id) => {
      reads.push(id);
      return Promise.resolve(records.find((r) => r.id === id));
    },
    idAt: (key) => Promise.resolve(records.find((r) => normalizeUrl(r.url) === key)?.id),
  };
}

async function matches(
  reader: StoredReader,
  incoming: Parameters<typeof storedMatches>[1],
): Promise<string[]> {
  const ids: string[] = [];
  for await (const s of storedMatches(reader, incoming)) ids.push(s.id);
  return ids;
}

describe('which stored record an incoming article is', () => {
  it('is the one under its id first, then the one at its address', async () => {
    const reader = readerOf([
      stored('NW1', `${SHARE}?infoCode=NW1`),
      stored('url:a', 'https://a.example.cn/story'),
    ]);
    expect(await matches(reader, { id: 'NW1', url: 'https://a.example.cn/story', infoCode: 'NW1' })).toEqual([
      'NW1',
      'url:a',
    ]);
  });

  it('is never one at its address that carries another infoCode, but may be one under its id that does', async () => {
    const reader = readerOf([stored('NW2', SHARE, 'NW2'), stored('NW3', 'https://m.example.cn/x', 'NW9')]);
    expect(await matches(reader, { id: 'NW3', url: SHARE, infoCode: 'NW3' })).toEqual(['NW3']);
    expect(await matches(reader, { id: 'NW4', url: SHARE, infoCode: 'NW4' })).toEqual([]);
    // Either side without an infoCode: the address decides.
    expect(await matches(reader, { id: 'url:x', url: SHARE })).toEqual(['NW2']);
  });

  it('reads no further than the caller takes', async () => {
    const reader = readerOf([stored('NW5', SHARE, 'NW5')]);
    for await (const s of storedMatches(reader, { id: 'NW5', url: SHARE, infoCode: 'NW5' })) {
      expect(s.id).toBe('NW5');
      break;
    }
    expect(reader.reads).toEqual(['NW5']);
  });

  it('tells infoCodes apart only when both are there', () => {
    expect(infoCodesDiffer({ infoCode: 'A' }, { infoCode: 'B' })).toBe(true);
    expect(infoCodesDiffer({ infoCode: 'A' }, { infoCode: 'A' })).toBe(false);
    expect(infoCodesDiffer({}, { infoCode: 'B' })).toBe(false);
    expect(infoCodesDiffer({ infoCode: 'A' }, {})).toBe(false);
  });
});
