/**
 * Benchmark and e2e articles recombined from the real corpus (never lorem ipsum): paragraphs of many
 * posts stitched into bodies of a chosen length, titles spliced from two real titles, categories from
 * the corpus sources crossed with topics. Pure and seeded, so every run stores the same library.
 */
import type { ExtractedArticle } from '../src/shared/article.ts';
import { textOfHtml } from '../src/shared/html-text.ts';

/** The parts of a corpus post the generator uses (plain data, so it crosses into the browser page). */
export interface CorpusText {
  title: string;
  source: string;
  date: string;
  paragraphs: string[];
}

export interface GenerateOptions {
  count: number;
  /** Body length in characters (UTF-16 code units): ~2,500 Chinese characters is about 5 KB as stored. */
  bodyChars: number;
  /** How many distinct categories to spread the articles over. */
  categories: number;
  seed?: number;
  /** Prefix of ids and URLs, so several generated sets can live in one library. */
  idPrefix?: string;
}

const TOPICS = [
  '宏观',
  '股市',
  '债市',
  '汇率',
  '基金',
  '期货',
  '地产',
  '科技',
  '能源',
  '消费',
  '银行',
  '保险',
  '公司',
  '政策',
  '海外',
  '产业',
];

/** mulberry32: tiny, seeded, good enough to shuffle text. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markdown/HTML post body → plain paragraphs (tags dropped, entities that occur in the corpus decoded). */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/<(br|\/p|\/div|\/h\d|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length >= 8 && !/^https?:/.test(line));
}

export function categoryNames(corpus: readonly CorpusText[], count: number): string[] {
  const sources = [...new Set(corpus.map((c) => c.source).filter(Boolean))];
  const names: string[] = [];
  for (const topic of TOPICS)
    for (const source of sources) if (names.length < count) names.push(`${source}·${topic}`);
  return names;
}

export function generateArticles(
  corpus: readonly CorpusText[],
  options: GenerateOptions,
): ExtractedArticle[] {
  const rand = random(options.seed ?? 20211222);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const pool = corpus.flatMap((c) => c.paragraphs);
  const categories = categoryNames(corpus, options.categories);
  const prefix = options.idPrefix ?? 'BENCH';
  const out: ExtractedArticle[] = [];
  for (let n = 0; n < options.count; n++) {
    const a = pick(corpus);
    const b = pick(corpus);
    const cut = Math.max(4, Math.floor(a.title.length / 2));
    const title = `${a.title.slice(0, cut)}${b.title.slice(Math.floor(b.title.length / 2))}`;
    const paragraphs: string[] = [];
    for (let length = 0; length < options.bodyChars;) {
      const room = options.bodyChars - length;
      const paragraph = pick(pool).slice(0, room);
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    const id = `${prefix}${String(n).padStart(6, '0')}`;
    const category = categories[n % categories.length]!;
    const contentHtml = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
    out.push({
      id,
      url: `https://bench.jianbao.invalid/${prefix.toLowerCase()}/${n}.html`,
      title,
      publishedAt: a.date || undefined,
      source: a.source || undefined,
      category,
      tags: [],
      excerpt: paragraphs[0]!.slice(0, 120),
      contentHtml,
      // The text extraction stores for this body (blockText's lines), as a saved article has it.
      textContent: textOfHtml(contentHtml),
      lang: 'zh-CN',
      extractor: 'bench',
    });
  }
  return out;
}
