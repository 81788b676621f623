import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  addHighlight,
  applySynced,
  clearOutbox,
  getArticle,
  listSummaries,
  openLibrary,
  readOutbox,
  saveArticle,
  setSyncEnabled,
  type LibraryDb,
} from '../../../src/store/index.ts';
import { highlightOf, makeExtracted } from './fixtures.ts';

const ID = 'NW202112222222635819';
const T0 = new Date('2024-01-01T00:00:00Z');
const T1 = new Date('2024-01-02T00:00:00Z');
const T2 = new Date('2024-01-03T00:00:00Z');
const BODY =
  '中国人民银行决定下调金融机构存款准备金率0.5个百分点，释放长期资金约1.2万亿元。\n\n' +
  '此次降准是为了巩固经济恢复发展基础，支持实体经济发展。\n\n' +
  '人民银行表示，将继续实施稳健的货币政策。';
const QUOTE = '下调金融机构存款准备金率0.5个百分点';
const OTHER = '支持实体经济发展';

async function highlighted(): Promise<LibraryDb> {
  const db = await openLibrary(new IDBFactory());
  await saveArticle(db, makeExtracted({ textContent: BODY }), T0);
  await addHighlight(db, ID, highlightOf(BODY, QUOTE, 'h1', { note: '幅度' }), T0);
  await addHighlight(db, ID, highlightOf(BODY, OTHER, 'h2'), T0);
  return db;
}

const resave = (db: LibraryDb, textContent: string, at = T1) =>
  saveArticle(db, makeExtracted({ textContent }), at);

const placedText = (text: string, h: { position: { start: number; end: number } }) =>
  text.slice(h.position.start, h.position.end);

describe('re-anchoring on re-save', () => {
  it('follows a paragraph inserted before the highlight, with new offsets and context', async () => {
    const db = await highlighted();
    const body = `编者按：本文更新于发布会后。\n\n${BODY}`;
    const { article } = await resave(db, body);
    const [h1, h2] = article.highlights!;
    expect(placedText(body, h1!)).toBe(QUOTE);
    expect(placedText(body, h2!)).toBe(OTHER);
    expect(h1!.position.start).toBe(BODY.indexOf(QUOTE) + '编者按：本文更新于发布会后。\n\n'.length);
    expect(h1).not.toHaveProperty('detached');
    expect(h1).toMatchObject({ note: '幅度', color: 'yellow' });
    expect(Date.parse(h1!.updatedAt)).toBe(T1.getTime());
    expect(await getArticle(db, ID)).toEqual(article);
  });

  it('places a quote whose word changed inside it on the changed words', async () => {
    const db = await highlighted();
    const body = BODY.replace('0.5个百分点', '0.25个百分点');
    const { article } = await resave(db, body);
    const h1 = article.highlights!.find((h) => h.id === 'h1')!;
    expect(h1.detached).toBeUndefined();
    expect(placedText(body, h1)).toBe('下调金融机构存款准备金率0.25个百分点');
    expect(h1.quote.exact).toBe('下调金融机构存款准备金率0.25个百分点');
  });

  it('finds a quote across changed whitespace and full-width punctuation', async () => {
    const db = await openLibrary(new IDBFactory());
    const text = 'Reuters 报道：央行 将 继续 实施 稳健的货币政策，保持流动性合理充裕。';
    await saveArticle(db, makeExtracted({ textContent: text }), T0);
    await addHighlight(db, ID, highlightOf(text, '继续 实施 稳健的货币政策，保持', 'h1'), T0);
    const body = 'Reuters 报道:央行将继续实施稳健的货币政策, 保持流动性合理充裕。';
    const { article } = await resave(db, body);
    const [h1] = article.highlights!;
    expect(h1!.detached).toBeUndefined();
    expect(placedText(body, h1!)).toBe('继续实施稳健的货币政策, 保持');
  });

  it('keeps an unplaceable highlight as detached, never drops it, and places it again when its text returns', async () => {
    const db = await highlighted();
    const body = BODY.replace(OTHER, '');
    const { article } = await resave(db, body);
    expect(article.highlights).toHaveLength(2);
    const h2 = article.highlights!.find((h) => h.id === 'h2')!;
    expect(h2.detached).toBe(true);
    expect(h2.quote.exact).toBe(OTHER);
    expect(article.highlights!.find((h) => h.id === 'h1')?.detached).toBeUndefined();
    expect((await listSummaries(db))[0]?.highlightCount).toBe(2);
    const { article: back } = await resave(db, BODY, T2);
    const again = back.highlights!.find((h) => h.id === 'h2')!;
    expect(again.detached).toBeUndefined();
    expect(placedText(BODY, again)).toBe(OTHER);
  });

  it('leaves highlights untouched when the body did not change, and tells sync when they moved', async () => {
    const db = await highlighted();
    const before = (await getArticle(db, ID))!.highlights;
    await setSyncEnabled(db, true, 1);
    await clearOutbox(db, await readOutbox(db));
    const { article } = await saveArticle(db, makeExtracted({ textContent: BODY, title: '新标题' }), T1);
    expect(article.highlights).toEqual(before);
    expect((await readOutbox(db))[0]?.fields).toEqual(['content']);
    await clearOutbox(db, await readOutbox(db));
    await resave(db, `导语。\n\n${BODY}`, T2);
    expect((await readOutbox(db))[0]?.fields).toEqual(['content', 'highlights']);
  });
});

describe('re-anchoring in applySynced', () => {
  it('places the incoming highlights in the incoming body without changing their updatedAt', async () => {
    const db = await highlighted();
    await setSyncEnabled(db, true, 1);
    await clearOutbox(db, await readOutbox(db));
    const current = (await getArticle(db, ID))!;
    const body = `编者按：更新。\n\n${BODY.replace(OTHER, '')}`;
    // Another device's document: a new body, the highlights still as they were placed in the old one.
    await applySynced(db, [
      { seq: 1, change: { kind: 'article', id: ID, article: { ...current, textContent: body } } },
    ]);
    const stored = (await getArticle(db, ID))!;
    const h1 = stored.highlights!.find((h) => h.id === 'h1')!;
    const h2 = stored.highlights!.find((h) => h.id === 'h2')!;
    expect(placedText(body, h1)).toBe(QUOTE);
    expect(h2.detached).toBe(true);
    expect(h1.updatedAt).toBe(current.highlights![0]!.updatedAt);
    expect(h2.updatedAt).toBe(current.highlights![1]!.updatedAt);
    expect(await readOutbox(db)).toEqual([]);
  });
});
