/**
 * The reader's own layer for benchmark libraries (issue 17 §4): tags (5 per article on average, a few
 * tags common and most rare, as a person's tags are), highlights with notes built from the articles'
 * own text by the reader's describeRange, and favourite, archive and read flags. Seeded, so every run
 * stores the same library.
 */
import { describeRange } from '../src/annotations/describe.ts';
import { HIGHLIGHT_COLORS } from '../src/annotations/limits.ts';
import type { Highlight } from '../src/annotations/types.ts';
import type { ExtractedArticle, UserState } from '../src/shared/article.ts';
import { toIsoWithOffset } from '../src/shared/iso-date.ts';
import { random } from './generate-articles.ts';

export interface ReaderLayerOptions {
  /** Highlights over the whole set, each on an article drawn at random (Poisson-like counts). */
  highlights: number;
  /** Tags per article on average (each article gets 1 … 2 × this − 1). */
  tagsPerArticle: number;
  /** How many distinct tags the library holds. */
  tagVocabulary: number;
  seed?: number;
}

const TAG_TOPICS = [
  '宏观',
  '股市',
  '债市',
  '汇率',
  '基金',
  '地产',
  '科技',
  '能源',
  '消费',
  '银行',
  '保险',
  '政策',
];
const TAG_KINDS = [
  '观察',
  '数据',
  '研报',
  '跟踪',
  '复盘',
  '待读',
  '精选',
  '长文',
  '要闻',
  '评论',
  '人物',
  '海外',
  '公司',
  '图表',
  '访谈',
  '专题',
  '整理',
];

/** Tag names, most used first (the generator draws low ranks more often). */
export function tagVocabulary(count: number): string[] {
  const names: string[] = [];
  for (const kind of TAG_KINDS) for (const topic of TAG_TOPICS) names.push(`${topic}${kind}`);
  for (let n = 1; names.length < count; n++) names.push(`专题${n}`);
  return names.slice(0, count);
}

/**
 * A rank drawn with falling frequency: r^1.5 leans towards 0, so the first tag is on about a sixth of
 * the articles and the last ones on a few dozen (at 200 tags and 5 per article).
 */
const skewedRank = (rand: () => number, size: number): number => Math.floor(size * rand() ** 1.5);

/** A highlight of 8–40 characters at a random place in `text`, with a note one time in three. */
function randomHighlight(text: string, rand: () => number, n: number, at: Date): Highlight | undefined {
  const start = Math.floor(rand() * Math.max(1, text.length - 40));
  const selectors = describeRange(text, start, start + 8 + Math.floor(rand() * 33));
  if (!selectors) return undefined;
  const iso = toIsoWithOffset(new Date(at.getTime() + n * 60_000), 480);
  const highlight: Highlight = {
    id: `hl-${n}`,
    color: HIGHLIGHT_COLORS[Math.floor(rand() * HIGHLIGHT_COLORS.length)]!,
    ...selectors,
    createdAt: iso,
    updatedAt: iso,
  };
  if (rand() < 1 / 3) {
    const from = Math.floor(rand() * Math.max(1, text.length - 30));
    highlight.note = `笔记：${text.slice(from, from + 10 + Math.floor(rand() * 20))}`;
  }
  return highlight;
}

/**
 * The articles with tags, highlights and flags added. saveArticle stores what it is handed beside the
 * extracted fields (merge.ts newArticle), so a bulk save writes them as a library that has been read.
 */
export function withReaderLayer(
  articles: readonly ExtractedArticle[],
  options: ReaderLayerOptions,
): Array<ExtractedArticle & UserState> {
  const rand = random(options.seed ?? 20240101);
  const vocabulary = tagVocabulary(options.tagVocabulary);
  const at = new Date('2024-01-01T00:00:00Z');
  const out: Array<ExtractedArticle & UserState> = articles.map((article) => {
    const tags = new Set<string>();
    const wanted = 1 + Math.floor(rand() * (2 * options.tagsPerArticle - 1));
    while (tags.size < Math.min(wanted, vocabulary.length))
      tags.add(vocabulary[skewedRank(rand, vocabulary.length)]!);
    const layered: ExtractedArticle & UserState = { ...article, tags: [...tags] };
    if (rand() < 0.5) layered.read = true;
    if (rand() < 0.2) layered.archived = true;
    if (rand() < 0.05) layered.favourite = true;
    return layered;
  });
  for (let n = 0; n < options.highlights && out.length;) {
    const article = out[Math.floor(rand() * out.length)]!;
    const highlight = randomHighlight(article.textContent, rand, n, at);
    if (!highlight) continue;
    article.highlights = [...(article.highlights ?? []), highlight];
    n++;
  }
  return out;
}

/**
 * `count` highlights spread evenly over `text`, one per slot, each 10–30 characters: the reader's
 * heaviest realistic article (issue 17 §4 times one with 50).
 */
export function evenHighlights(text: string, count: number, seed = 50): Highlight[] {
  const rand = random(seed);
  const slot = Math.floor(text.length / count);
  const out: Highlight[] = [];
  for (let n = 0; n < count; n++) {
    const start = n * slot + Math.floor(rand() * Math.max(1, slot - 30));
    const selectors = describeRange(text, start, Math.min(text.length, start + 10 + Math.floor(rand() * 21)));
    if (!selectors) continue;
    const iso = toIsoWithOffset(new Date(Date.UTC(2024, 0, 1, 0, n)), 480);
    out.push({
      id: `even-${n}`,
      color: HIGHLIGHT_COLORS[n % HIGHLIGHT_COLORS.length]!,
      ...selectors,
      createdAt: iso,
      updatedAt: iso,
    });
  }
  return out;
}
