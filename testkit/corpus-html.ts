/** A corpus post as the article HTML a page would show (fixture pages and the extraction bench). */
import { readFileSync } from 'node:fs';
import { corpusFile } from './corpus.ts';

export interface CorpusArticle {
  file: string;
  title: string;
  /** `2021-12-22 14:06:54`, wall-clock Beijing time (the site's timezone; some posts omit ` +0800`). */
  date: string;
  category: string;
  tag: string;
  /** The rolling feed's `> digest` line, when present. */
  digest?: string;
  /** Article HTML as GetNewsText.do returned it; plain-text items are wrapped in `<p>` per paragraph. */
  bodyHtml: string;
  /** The share link or East Money article link that ends the post. */
  link?: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Front matter is flat `key: value`; titles are YAML double-quoted strings. */
function frontMatter(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (!m) continue;
    let value = m[2]!.trim();
    if (value.startsWith('"') && value.endsWith('"')) value = JSON.parse(value) as string;
    out[m[1]!] = value;
  }
  return out;
}

export function parseCorpusArticle(file: string, text: string): CorpusArticle {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\s+/, '');
  const [, head = '', ...rest] = normalized.split(/^---\s*$/m);
  const meta = frontMatter(head);
  let body = rest.join('---').trim();
  // Rolling-feed posts end with two navigation lines (`[返回东财滚动新闻](…)`, `[返回首页](…)`), others with one.
  const nav = /(\n*\[返回[^\n]*)+$/.exec(body);
  if (nav) body = body.slice(0, nav.index).trim();
  const link = /\n*<(https?:\/\/[^>\s]+)>\s*$/.exec(body);
  if (link) body = body.slice(0, link.index).trim();
  let digest: string | undefined;
  const quote = /^>\s*(.*)\n/.exec(body);
  if (quote) {
    digest = quote[1]!.trim();
    body = body.slice(quote[0].length).trim();
  }
  const isHtml = /<(p|br|center|div|img)\b/i.test(body);
  const bodyHtml = isHtml
    ? body
    : body
        .split(/\n{2,}/)
        .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
        .join('\n');
  return {
    file,
    title: meta.title ?? '',
    date: (meta.date ?? '').replace(/\s*\+0800$/, ''),
    category: meta.categories ?? '',
    tag: meta.tags ?? '',
    digest,
    bodyHtml,
    link: link?.[1],
  };
}

export function readCorpusArticle(file: string): CorpusArticle {
  return parseCorpusArticle(file, readFileSync(corpusFile(file), 'utf8'));
}
