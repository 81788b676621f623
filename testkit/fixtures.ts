/**
 * Golden fixtures: `tests/fixtures/<family>-<behaviour>/` (e.g. `eastmoney-share-source-label`) holds
 * `source.html` (a page template), `fixture.json` (family, corpus post, URL, known/assumed notes, values the
 * template asserts) and `expected.json`.
 * The expectation is derived from the corpus front matter and the fixture's own values, never from the
 * extractor; `UPDATE_FIXTURES=1` rewrites it from that derivation.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { blockText } from '../src/extract/text.ts';
import type { ExtractedArticle } from '../src/shared/article.ts';
import { type CorpusArticle, readCorpusArticle } from './corpus-html.ts';
import { repoRoot } from './corpus.ts';

export const fixturesDir = path.join(repoRoot, 'tests', 'fixtures');

export interface FixtureSpec {
  family: string;
  url: string;
  /** Corpus file name; absent when the fixture ships its own `body.html` (English pages). */
  corpus?: string;
  /** Overrides or supplies what the corpus does not say (title, date, source, editor, …). */
  meta?: Partial<Pick<CorpusArticle, 'title' | 'date'>> & {
    source?: string;
    author?: string;
    editor?: string;
    category?: string;
    id?: string;
    offset?: string;
  };
  /** Printed precision of the page's date; the expectation zeroes what the page does not show. */
  datePrecision?: 'second' | 'minute' | 'day';
  /** Images the template adds to the body (lazy ones) beyond the corpus body's own. */
  extraImages?: number;
  /** `script` fixtures: page DOM is empty; the article comes from GetNewsText.do with this body field. */
  endpointField?: 'text' | 'content';
  /** The adapter expected to handle it. */
  extractor: string;
  known: string[];
  assumed: string[];
}

/** The record's own fields as extraction writes them, plus what a fixture checks of the body. */
export interface Expected extends Pick<
  ExtractedArticle,
  'id' | 'title' | 'publishedAt' | 'source' | 'category' | 'tags' | 'author' | 'editor' | 'extractor'
> {
  firstParagraph: string;
  lastParagraph: string;
  /** Every paragraph of the body, whitespace collapsed, one per line: a change anywhere in it shows. */
  bodyText: string;
  imageCount: number;
}

export interface Fixture {
  name: string;
  dir: string;
  spec: FixtureSpec;
  post: CorpusArticle;
  html: string;
  /** JSON the share endpoint returns, for `endpointField` fixtures. */
  endpointJson?: string;
  expected?: Expected;
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dateParts(date: string) {
  const [y, mo, d, h, mi, s] = date.split(/[-: ]/).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { y, mo, d, h, mi, s };
}

/** The page's renderings of a `yyyy-mm-dd hh:mm:ss` date. */
function formatDate(date: string, format: string, offset: string): string {
  const { y, mo, d, h, mi, s } = dateParts(date);
  const ymd = `${y}-${pad(mo)}-${pad(d)}`;
  const hms = `${pad(h)}:${pad(mi)}:${pad(s)}`;
  const formats: Record<string, string> = {
    plain: `${ymd} ${hms}`,
    iso: `${ymd}T${hms}${offset}`,
    cn: `${y}年${pad(mo)}月${pad(d)}日 ${hms}`,
    cnmin: `${y}年${pad(mo)}月${pad(d)}日 ${pad(h)}:${pad(mi)}`,
    slash: `${y}/${pad(mo)}/${pad(d)}`,
    short: `${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}`,
    en: `${MONTHS[mo - 1]} ${d}, ${y}`,
  };
  return formats[format] ?? formats.plain!;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const EM_MEDIA = /<p class="em_media">\s*（文章来源：([^）]+)）\s*<\/p>/;

function postFor(dir: string, spec: FixtureSpec): CorpusArticle {
  const base: CorpusArticle = spec.corpus
    ? readCorpusArticle(spec.corpus)
    : {
        file: 'body.html',
        title: '',
        date: '',
        category: '',
        tag: '',
        bodyHtml: readFileSync(path.join(dir, 'body.html'), 'utf8'),
      };
  return {
    ...base,
    ...(spec.meta?.title ? { title: spec.meta.title } : {}),
    ...(spec.meta?.date ? { date: spec.meta.date } : {}),
  };
}

function sourceOf(post: CorpusArticle, spec: FixtureSpec): string | undefined {
  return spec.meta?.source ?? EM_MEDIA.exec(post.bodyHtml)?.[1];
}

/**
 * Fills a page template: `{{title}}`, `{{titleJson}}`, `{{body}}`, `{{digest}}`, `{{source}}`, `{{link}}`,
 * `{{date:<format>}}`, `{{meta:<key>}}`.
 */
function fill(template: string, post: CorpusArticle, spec: FixtureSpec): string {
  const offset = spec.meta?.offset ?? '+08:00';
  return template.replace(/\{\{(\w+)(?::(\w+))?\}\}/g, (_m, key: string, arg?: string) => {
    switch (key) {
      case 'title':
        return escapeHtml(post.title);
      case 'titleJson':
        return JSON.stringify(post.title).slice(1, -1).replace(/</g, '\\u003c');
      case 'body':
        return post.bodyHtml;
      case 'digest':
        return escapeHtml(post.digest ?? '');
      case 'source':
        return escapeHtml(sourceOf(post, spec) ?? '');
      case 'date':
        return formatDate(post.date, arg ?? 'plain', offset);
      case 'meta':
        return escapeHtml(String((spec.meta as Record<string, string> | undefined)?.[arg ?? ''] ?? ''));
      case 'link':
        return escapeHtml(post.link ?? '');
      default:
        throw new Error(`unknown placeholder {{${key}}}`);
    }
  });
}

/** Leaf text blocks of `html`: what a reader sees as paragraphs. */
export function paragraphs(html: string): string[] {
  const dom = new JSDOM(`<div id="r">${html}</div>`);
  const root = dom.window.document.getElementById('r')!;
  for (const el of root.querySelectorAll('.em_media')) el.remove();
  return blockText(root).split('\n').filter(Boolean);
}

/** The body as a reader sees it: its paragraphs (whitespace collapsed by `blockText`), one per line. */
export function bodyText(html: string): string {
  return paragraphs(html).join('\n');
}

/** Drops the keys whose value is undefined, as JSON does, so a record equals its expected.json. */
const asJson = <T>(record: T): T => JSON.parse(JSON.stringify(record)) as T;

/** What the fixtures check of an extracted article, in the shape of `Expected`. */
export function recordOf(article: ExtractedArticle): Expected {
  const paras = paragraphs(article.contentHtml);
  return asJson({
    id: article.id,
    title: article.title,
    publishedAt: article.publishedAt,
    source: article.source,
    category: article.category,
    tags: article.tags,
    author: article.author,
    editor: article.editor,
    firstParagraph: paras[0] ?? '',
    lastParagraph: paras.at(-1) ?? '',
    bodyText: paras.join('\n'),
    imageCount: (article.contentHtml.match(/<img\b/gi) ?? []).length,
    extractor: article.extractor,
  });
}

export function deriveExpected(fixture: Omit<Fixture, 'expected'>): Expected {
  const { spec, post } = fixture;
  const source = sourceOf(post, spec);
  const { y, mo, d, h, mi, s } = dateParts(post.date);
  const p = spec.datePrecision ?? 'second';
  const time = p === 'day' ? '00:00:00' : `${pad(h)}:${pad(mi)}:${p === 'minute' ? '00' : pad(s)}`;
  const paras = paragraphs(post.bodyHtml);
  const url = new URL(spec.url);
  const infoCode = new URLSearchParams([...url.searchParams].map(([k, v]) => [k.toLowerCase(), v])).get(
    'infocode',
  );
  const expected: Expected = {
    id: spec.meta?.id ?? infoCode ?? `url:${spec.url}`,
    title: post.title,
    publishedAt: post.date ? `${y}-${pad(mo)}-${pad(d)}T${time}${spec.meta?.offset ?? '+08:00'}` : undefined,
    source,
    category: source ?? spec.meta?.category ?? url.hostname,
    tags: source ? [`${source}新闻`] : [],
    author: spec.meta?.author,
    editor: spec.meta?.editor,
    firstParagraph: paras[0] ?? '',
    lastParagraph: paras.at(-1) ?? '',
    bodyText: paras.join('\n'),
    imageCount: (post.bodyHtml.match(/<img\b/gi)?.length ?? 0) + (spec.extraImages ?? 0),
    extractor: spec.extractor,
  };
  return asJson(expected);
}

/**
 * @param root the folder holding fixture folders; tests pass a temporary copy.
 */
export function loadFixture(name: string, root: string = fixturesDir): Fixture {
  const dir = path.join(root, name);
  const spec = JSON.parse(readFileSync(path.join(dir, 'fixture.json'), 'utf8')) as FixtureSpec;
  const post = postFor(dir, spec);
  const html = fill(readFileSync(path.join(dir, 'source.html'), 'utf8'), post, spec);
  let endpointJson: string | undefined;
  if (spec.endpointField) {
    const data = {
      infoCode: new URL(spec.url).searchParams.get('infoCode'),
      title: post.title,
      showTime: post.date,
      mediaName: sourceOf(post, spec),
      [spec.endpointField]: post.bodyHtml,
    };
    endpointJson = JSON.stringify({ code: 0, message: 'success', data });
  }
  const expectedPath = path.join(dir, 'expected.json');
  const base = { name, dir, spec, post, html, endpointJson };
  // Only on request: an expectation that rewrote itself on every run would assert nothing.
  if (process.env.UPDATE_FIXTURES === '1')
    writeFileSync(expectedPath, `${JSON.stringify(deriveExpected(base), null, 2)}\n`);
  const expected = existsSync(expectedPath)
    ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected)
    : undefined;
  return { ...base, expected };
}

export function listFixtures(root: string = fixturesDir): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(root, e.name, 'fixture.json')))
    .map((e) => e.name)
    .sort();
}

/**
 * The layout family a fixture belongs to, as its fixture.json says: a folder name alone cannot tell
 * `eastmoney-share-script-text-field` (family `eastmoney-share-script`) from an `eastmoney-share` page.
 */
export const familyOf = (name: string, root: string = fixturesDir): string => readSpec(name, root).family;

/** Folder names are `<family>-<behaviour>`: lower-case words joined by hyphens, not a bare number. */
export function behaviourOf(name: string, family: string): string | undefined {
  if (!name.startsWith(`${family}-`)) return undefined;
  const behaviour = name.slice(family.length + 1);
  return /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(behaviour) ? behaviour : undefined;
}

/** The spec alone (no corpus read), for checks over every fixture. */
export function readSpec(name: string, root: string = fixturesDir): FixtureSpec {
  return JSON.parse(readFileSync(path.join(root, name, 'fixture.json'), 'utf8')) as FixtureSpec;
}
