/**
 * How an Article is kept in the `articles` store (schema v3). The body's HTML is mostly its text with
 * tags around it, and both are ~5 KB of Chinese (issue #4 §5: stored size ≤ 1.5× the raw text), so
 * the text is stored once, as `textContent`, and `contentHtml` as a skeleton: literal tags, attributes
 * and entities, with text runs replaced by [skip, take] references into `textContent`. Lossless by construction (checked on every
 * save); HTML whose text does not line up stays literal. Records written before v3 hold a plain
 * `contentHtml` and are read as they are.
 */
import type { Article } from '../shared/article.ts';

/** A stored record: an Article whose `contentHtml` may be a skeleton (`htmlPacking: 1`). */
export type StoredArticle = Article & {
  /** 1: `contentHtml` is the skeleton of packHtml over `textContent`. Absent: plain HTML. */
  htmlPacking?: 1;
};

const PACK_TUNING = {
  /** Shorter text runs cost more as a reference (3 characters) than as literal characters. */
  minRun: 4,
  /** How far past the cursor a run is looked for: paragraph breaks and trimmed spaces, not a search of the whole text. */
  maxSkip: 64,
} as const;

/**
 * A reference is REF, then U+E100 + skip, then U+E200 + take: three Private Use Area characters.
 * HTML that itself holds Private Use Area characters is never packed, so they cannot be mistaken.
 */
const REF = '\uE000';
const SKIP_BASE = 0xe100;
const TAKE_BASE = 0xe200;
const PRIVATE_USE = /[\uE000-\uF8FF]/;
/** Tags, entities and the text runs between them (runs capped so `take` stays inside the Private Use Area). */
const HTML_PIECES = /<[^>]*>|&[#\w]+;|[^<&]{1,4096}/g;

/**
 * The HTML with each text run that occurs in `text` (near where the previous one ended) replaced by a
 * reference; tags, attributes and entities stay literal, so the markup can still be inspected as stored.
 * Undefined when the HTML holds Private Use Area characters.
 */
export function packHtml(html: string, text: string): string | undefined {
  if (PRIVATE_USE.test(html)) return undefined;
  let out = '';
  let cursor = 0;
  for (const [piece] of html.matchAll(HTML_PIECES)) {
    if (piece.length >= PACK_TUNING.minRun && piece[0] !== '<' && piece[0] !== '&') {
      const at = text.slice(cursor, cursor + PACK_TUNING.maxSkip + piece.length).indexOf(piece);
      if (at !== -1) {
        out += REF + String.fromCharCode(SKIP_BASE + at, TAKE_BASE + piece.length);
        cursor += at + piece.length;
        continue;
      }
    }
    out += piece;
  }
  return out;
}

export function unpackHtml(packed: string, text: string): string {
  let out = '';
  let cursor = 0;
  let from = 0;
  for (let at = packed.indexOf(REF); at !== -1; at = packed.indexOf(REF, from)) {
    out += packed.slice(from, at);
    cursor += packed.charCodeAt(at + 1) - SKIP_BASE;
    const take = packed.charCodeAt(at + 2) - TAKE_BASE;
    out += text.slice(cursor, cursor + take);
    cursor += take;
    from = at + 3;
  }
  return out + packed.slice(from);
}

/** The record to put: HTML packed when that reproduces it exactly, else kept plain. */
export function toStored(article: Article): StoredArticle {
  const { htmlPacking: _ignored, ...plain } = article as StoredArticle;
  const packed = packHtml(plain.contentHtml, plain.textContent);
  if (packed === undefined || unpackHtml(packed, plain.textContent) !== plain.contentHtml) return plain;
  return { ...plain, contentHtml: packed, htmlPacking: 1 };
}

/** The Article a stored record (packed, or plain as before v3) stands for. */
export function fromStored(stored: StoredArticle): Article {
  const { htmlPacking, ...article } = stored;
  return htmlPacking === 1 ? { ...article, contentHtml: unpackHtml(article.contentHtml, article.textContent) } : article;
}
