/**
 * One article as a Jekyll post in the form of the sample site (`../shared/seeds/000_…txt`):
 * front matter, the body HTML (a share page's closing `（文章来源：X）` line kept), then the share link in `<…>`;
 * `articleToMarkdown` adds the reader's highlights after it.
 */
import type { Article } from '../shared/article.ts';
import { readInfoCode } from '../extract/info-code.ts';
import { parseIsoWithOffset } from '../shared/iso-date.ts';
import { highlightsMarkdown, type MarkdownLang } from './highlights-markdown.ts';
import { categorySlug } from './slug.ts';

export type JekyllInput = Pick<Article, 'id' | 'title' | 'url' | 'contentHtml' | 'category' | 'savedAt'> &
  Partial<Pick<Article, 'publishedAt' | 'source' | 'tags' | 'editedFields' | 'highlights'>>;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The wall-clock parts of publishedAt (else savedAt), kept in the article's own offset. */
function dateParts(article: JekyllInput) {
  return parseIsoWithOffset(article.publishedAt ?? '') ?? parseIsoWithOffset(article.savedAt);
}

/** `2021-12-22 14:06:54 +0800`, as the sample writes it. */
export function jekyllDate(article: JekyllInput): string {
  const d = dateParts(article);
  if (!d) return '';
  const sign = d.offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(d.offsetMinutes);
  return `${d.year}-${pad(d.month)}-${pad(d.day)} ${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)} ${sign}${pad(Math.trunc(off / 60))}${pad(off % 60)}`;
}

/** YAML double-quoted scalar: backslash and quote escaped, line breaks folded to spaces. */
const quoted = (text: string): string =>
  `"${text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')}"`;

/** A front-matter value on one line. */
const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ').trim();

/** The name the post is filed under: the source, else the category. */
const sourceName = (article: JekyllInput): string => oneLine(article.source || article.category);

/**
 * The post's tags: the user's list once they edited the tags, else the one the sample posts carry
 * (the source + 新闻).
 */
export function postTags(article: JekyllInput): string[] {
  if (article.editedFields?.includes('tags')) return (article.tags ?? []).map(oneLine).filter(Boolean);
  return [`${sourceName(article)}新闻`];
}

/** A tag Jekyll's space-separated form and YAML both read as written: letters, digits and `_.+-` only. */
const PLAIN_TAG = /^[\p{L}\p{N}\p{M}_][\p{L}\p{N}\p{M}_.+-]*$/u;

/**
 * `tags:` as the sample writes it, space-separated (`南方Plus新闻 货币政策`), when every tag allows it;
 * a YAML list of quoted tags when one holds a space or a character YAML reads as syntax.
 */
function tagsValue(tags: readonly string[]): string {
  if (!tags.length) return '[]';
  if (tags.every((tag) => PLAIN_TAG.test(tag))) return tags.join(' ');
  return `[${tags.map(quoted).join(', ')}]`;
}

export function frontMatter(article: JekyllInput): string {
  const source = sourceName(article);
  return [
    '---',
    'layout: post',
    `title: ${quoted(article.title)}`,
    `date: ${jekyllDate(article)}`,
    `categories: ${categorySlug(source)}`,
    `tags: ${tagsValue(postTags(article))}`,
    '---',
  ].join('\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A body that already closes with its `（文章来源：X）` line (an imported or hand-edited record). */
const CLOSING_SOURCE = /[（(]\s*文章来源\s*[:：][^）)]*[）)]\s*(<\/p>\s*)?$/;

/**
 * The body as the sample posts carry it. A share page's body closes with East Money's `（文章来源：X）`
 * paragraph (every share post of the sample site does); extraction takes it out of the stored body and
 * keeps X as the record's `source`, so it is written back here as the last paragraph, glued to the one
 * before as on the page. Other pages (rolling-feed flashes, other sites) have no such line to keep.
 */
export function jekyllBody(article: JekyllInput): string {
  const body = article.contentHtml.trim();
  const source = article.source && oneLine(article.source);
  if (!source || !readInfoCode(article.url).ok || CLOSING_SOURCE.test(body)) return body;
  return `${body}<p class="em_media">（文章来源：${escapeHtml(source)}）</p>`;
}

/** The whole post: front matter, body, a blank line, the share link. Ends with a newline. */
export function articleToJekyll(article: JekyllInput): string {
  return `${frontMatter(article)}\n${jekyllBody(article)}\n\n<${article.url}>\n`;
}

/**
 * The post with the reader's highlights after it (`## 高亮` / `## Highlights`, highlights-markdown.ts),
 * a blank line between: what the Markdown export writes and Copy as Markdown copies.
 */
export function articleToMarkdown(article: JekyllInput, lang: MarkdownLang): string {
  const highlights = highlightsMarkdown(article, lang);
  const post = articleToJekyll(article);
  return highlights ? `${post}\n${highlights}` : post;
}

/** Id characters that are unsafe in file names on some system (URL-derived ids hold `:`, `/`, `?`). */
const UNSAFE = /[^A-Za-z0-9_-]+/g;
const MAX_ID_CHARS = 80;

/** `2021-12-22-NW202112222222635819.md` */
export function jekyllFileName(article: JekyllInput): string {
  const d = dateParts(article);
  const day = d ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : '0000-00-00';
  const id =
    article.id
      .replace(UNSAFE, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_ID_CHARS) || 'article';
  return `${day}-${id}.md`;
}
