/**
 * Script-rendered share pages:
 * read the article from `/NewsData/GetNewsText.do?id=<infoCode>` on the same origin.
 */
import type { ExtractResult } from '../shared/article.ts';
import { readInfoCode, yearOfInfoCode } from './info-code.ts';
import { parseDate } from './metadata/dates.ts';
import { parseInertBody, windowOf } from './dom.ts';
import { finishDraft } from './record.ts';

const ENDPOINT = {
  path: '/NewsData/GetNewsText.do',
  extractor: 'eastmoney-share-endpoint',
} as const;

/** The article-data URL a share page's own script calls for the share URL's infoCode. */
export function shareEndpointUrl(url: string, infoCode: string): string {
  return new URL(`${ENDPOINT.path}?id=${encodeURIComponent(infoCode)}`, url).href;
}

interface NewsText {
  infoCode?: string;
  title?: string;
  showTime?: string;
  mediaName?: string;
  /** Article HTML; one older feed names it `content`. */
  text?: string;
  content?: string;
  summary?: string;
  digest?: string;
}

function parseNewsText(json: string): NewsText | undefined {
  try {
    const parsed = JSON.parse(json) as { code?: number | string; data?: NewsText } | null;
    const data = parsed && typeof parsed === 'object' ? (parsed.data ?? (parsed as NewsText)) : undefined;
    return data && typeof data === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param fetchText GETs a same-origin URL and resolves to its body; the caller owns credentials and timeouts.
 */
export async function extractFromShareEndpoint(
  doc: Document,
  url: string,
  fetchText: (url: string) => Promise<string>,
): Promise<ExtractResult> {
  const code = readInfoCode(url);
  if (!code.ok) {
    return code.reason === 'missing'
      ? { ok: false, error: { code: 'no-article', detail: 'not a share URL' } }
      : { ok: false, error: { code: 'invalid-info-code' } };
  }
  const endpoint = shareEndpointUrl(url, code.code);
  let body: string;
  try {
    body = await fetchText(endpoint);
  } catch (error) {
    return { ok: false, error: { code: 'no-article', detail: `fetch failed: ${String(error)}` } };
  }
  const data = parseNewsText(body);
  const html = data?.text ?? data?.content;
  if (!data || !data.title || typeof html !== 'string')
    return { ok: false, error: { code: 'no-article', detail: 'bad JSON' } };
  const holder = parseInertBody(doc, html);
  return finishDraft(
    {
      title: data.title.replace(/\s+/g, ' ').trim(),
      body: holder,
      infoCode: code.code,
      publishedAt: parseDate(data.showTime, { chinese: true, year: yearOfInfoCode(code.code) }),
      source: data.mediaName?.trim() || undefined,
      summary: data.summary ?? data.digest,
      lang: 'zh-CN',
    },
    url,
    ENDPOINT.extractor,
    windowOf(doc),
  );
}
