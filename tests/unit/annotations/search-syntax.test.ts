import { describe, expect, it } from 'vitest';

import { parseSearch, type ParsedSearch } from '../../../src/store/search-syntax.ts';

const parsed = (changes: Partial<ParsedSearch>): ParsedSearch => ({
  words: '',
  tags: [],
  is: [],
  has: [],
  ...changes,
});

describe('parseSearch', () => {
  it.each<[string, ParsedSearch]>([
    ['', parsed({})],
    ['   ', parsed({})],
    ['人民银行 降准', parsed({ words: '人民银行 降准' })],
    ['GDP growth', parsed({ words: 'GDP growth' })],
    ['tag:财经', parsed({ tags: ['财经'] })],
    ['央行 tag:财经 降准', parsed({ words: '央行 降准', tags: ['财经'] })],
    ['tag:"two words" inflation', parsed({ words: 'inflation', tags: ['two words'] })],
    ['tag:“宏观 经济” 通胀', parsed({ words: '通胀', tags: ['宏观 经济'] })],
    ['tag:"  spaced   out  "', parsed({ tags: ['spaced out'] })],
    ['tag:"unterminated quote', parsed({ tags: ['unterminated quote'] })],
    ['tag:财经 tag:股市 tag:财经', parsed({ tags: ['财经', '股市'] })],
    ['TAG:Fed Is:FAV HAS:Highlights', parsed({ tags: ['Fed'], is: ['fav'], has: ['highlights'] })],
    ['is:fav', parsed({ is: ['fav'] })],
    ['is:archived 降准', parsed({ words: '降准', is: ['archived'] })],
    ['is:read is:unread', parsed({ is: ['read', 'unread'] })],
    ['is:favorite is:starred is:archive', parsed({ is: ['fav', 'archived'] })],
    ['has:highlights', parsed({ has: ['highlights'] })],
    ['has:note has:notes has:highlight', parsed({ has: ['note', 'highlights'] })],
    ['tag：财经 is：fav', parsed({ tags: ['财经'], is: ['fav'] })],
    ['央行tag:财经', parsed({ words: '央行', tags: ['财经'] })],
    ['hashtag:x', parsed({ words: 'hashtag:x' })],
    ['foo:bar 降准', parsed({ words: 'foo:bar 降准' })],
    ['is:later', parsed({ words: 'is:later' })],
    ['has:pictures 年报', parsed({ words: 'has:pictures 年报' })],
    ['tag: 降准', parsed({ words: '降准' })],
    ['is:', parsed({})],
    ['  降准\u3000\u3000tag:A股  ', parsed({ words: '降准', tags: ['A股'] })],
    ['https://example.com/tag:x', parsed({ words: 'https://example.com/tag:x' })],
  ])('%j', (input, expected) => {
    expect(parseSearch(input)).toEqual(expected);
  });
});
