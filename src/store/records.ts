/**
 * How an Article is kept in the `articles` store (schema v3). The body's HTML is mostly its text with
 * tags around it, and both are ~5 KB of Chinese (issue #4 §5: stored size ≤ 1.5× the raw text), so
 * the text is stored once, as `textContent`, and the HTML as a skeleton: literal tags and entities,
 * plus [skip, take] references into `textContent`. Lossless by construction (checked on every
 * save); HTML whose text does not line up stays literal. Records written before v3 hold a plain
 * `contentHtml` and are read as they are.
 */
import type { Article } from '../shared/article.ts';

/** A stored record: an Article whose HTML may be packed. */
export type StoredArticle = Omit<Article, 'contentHtml'> & {
  contentHtml?: string;
  /** Literal HTML strings and [skip, take] number pairs over textContent; see packHtml. */
  contentHtmlPacked?: Array<string | number>;
};

const PACK_TUNING = {
  /** Shorter text runs cost more as a number pair (~4 bytes) than as literal characters. */
  minRun: 4,
  /** How far past the cursor a run is looked for: paragraph breaks and trimmed spaces, not a search of the whole text. */
  maxSkip: 64,
} as const;

/** Tags, entities and the text runs between them. */
const HTML_PIECES = /<[^>]*>|&[#\w]+;|[^<&]+/g;

/** The HTML as literal pieces and references into `text`, in order. */
export function packHtml(html: string, text: string): Array<string | number> {
  const out: Array<string | number> = [];
  let literal = '';
  let cursor = 0;
  for (const [piece] of html.matchAll(HTML_PIECES)) {
    if (piece.length >= PACK_TUNING.minRun && piece[0] !== '<' && piece[0] !== '&') {
      const at = text.slice(cursor, cursor + PACK_TUNING.maxSkip + piece.length).indexOf(piece);
      if (at !== -1) {
        if (literal) out.push(literal);
        literal = '';
        out.push(at, piece.length);
        cursor += at + piece.length;
        continue;
      }
    }
    literal += piece;
  }
  if (literal) out.push(literal);
  return out;
}

export function unpackHtml(packed: ReadonlyArray<string | number>, text: string): string {
  let out = '';
  let cursor = 0;
  for (let i = 0; i < packed.length; i++) {
    const piece = packed[i]!;
    if (typeof piece === 'string') { out += piece; continue; }
    cursor += piece;
    const take = packed[++i] as number;
    out += text.slice(cursor, cursor + take);
    cursor += take;
  }
  return out;
}

/** The record to put: HTML packed when that reproduces it exactly, else kept plain. */
export function toStored(article: Article): StoredArticle {
  const { contentHtml, ...rest } = article;
  const packed = packHtml(contentHtml, article.textContent);
  if (unpackHtml(packed, article.textContent) !== contentHtml) return article;
  return { ...rest, contentHtmlPacked: packed };
}

/** The Article a stored record (v3 packed or older plain) stands for. */
export function fromStored(stored: StoredArticle): Article {
  const { contentHtmlPacked, contentHtml, ...rest } = stored;
  return { ...rest, contentHtml: contentHtmlPacked ? unpackHtml(contentHtmlPacked, stored.textContent) : (contentHtml ?? '') };
}
