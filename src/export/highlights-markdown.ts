/**
 * An article's highlights as Markdown: the `## 高亮` / `## Highlights` section that follows the body in the
 * Jekyll export and in the reader's Copy as Markdown. Each highlight is a block quote (`> ` on every line
 * of the quote, a quote across paragraphs keeping its paragraphs), its note below it as plain paragraphs.
 * Pure: no DOM, no browser API.
 */
import type { Highlight } from '../annotations/types.ts';
import type { Article } from '../shared/article.ts';

export type MarkdownLang = 'zh_CN' | 'en';

const HEADINGS: Record<MarkdownLang, string> = { zh_CN: '## 高亮', en: '## Highlights' };

/**
 * The heading language for the browser's UI language (the extension's two locales); Chinese where no
 * browser says otherwise (Node), as the posts themselves are.
 */
export function uiMarkdownLang(uiLanguage = globalThis.chrome?.i18n?.getUILanguage?.()): MarkdownLang {
  return !uiLanguage || /^zh(?:$|[-_])/i.test(uiLanguage) ? 'zh_CN' : 'en';
}

/**
 * Characters Markdown reads as syntax anywhere in a line: emphasis, code, links, inline HTML, and the
 * backslash itself. Escaped so a quote reads back as the words the article had.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>&~|]/g;
/** What opens a heading, a list, a rule or a block quote at the start of a line (after its indent). */
const LINE_START_SYNTAX = /^(\s*)([#+=-]|\d+(?=[.)]))/;

function escapeLine(line: string): string {
  return line
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(LINE_START_SYNTAX, (_m, indent: string, mark: string) =>
      /^\d/.test(mark) ? `${indent}${mark}\\` : `${indent}\\${mark}`,
    );
}

/** The text's paragraphs (runs of lines without a blank one between), each line trimmed and escaped. */
function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map(escapeLine),
    )
    .filter((lines) => lines.length > 0);
}

/**
 * Lines of a block quote: the quote's paragraphs split as in the body's text (an empty `>` line between
 * two), each line of a paragraph ending with two spaces, Markdown's hard break, so that it stays a line.
 */
function quoteBlock(exact: string): string {
  return paragraphs(exact)
    .map((lines) => lines.map((line) => `> ${line}`).join('  \n'))
    .join('\n>\n');
}

function noteBlock(note: string): string {
  return paragraphs(note)
    .map((lines) => lines.join('  \n'))
    .join('\n\n');
}

/** Reading order: by place in the body; detached ones (whose place is unknown) last, oldest first. */
function readingOrder(a: Highlight, b: Highlight): number {
  if (!a.detached !== !b.detached) return a.detached ? 1 : -1;
  if (!a.detached && a.position.start !== b.position.start) return a.position.start - b.position.start;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}

/**
 * The highlights section, ending with a newline; the empty string for an article without highlights (or
 * whose highlights quote nothing but whitespace), so callers append it as it is.
 */
export function highlightsMarkdown(article: Pick<Article, 'highlights'>, lang: MarkdownLang): string {
  const blocks = [...(article.highlights ?? [])].sort(readingOrder).flatMap((highlight) => {
    const quote = quoteBlock(highlight.quote.exact);
    if (!quote) return [];
    const note = highlight.note ? noteBlock(highlight.note) : '';
    return [note ? `${quote}\n\n${note}` : quote];
  });
  if (!blocks.length) return '';
  return `${HEADINGS[lang]}\n\n${blocks.join('\n\n')}\n`;
}
