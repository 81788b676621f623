/** The fallback: Mozilla Readability for the body, Jianbao's own metadata pass for everything else. */
import { Readability } from '@mozilla/readability';
import { readPageMeta } from '../metadata/page-meta.ts';
import type { Adapter } from './types.ts';

export const generic: Adapter = {
  id: 'readability',
  matches: () => true,
  extract(doc, url) {
    // Metadata first: Readability strips the very nodes (bylines, JSON-LD, time lines) it reads from.
    const meta = readPageMeta(doc, url);
    const parsed = new Readability(doc, { charThreshold: 100, keepClasses: true }).parse();
    if (!parsed?.content) return 'no-article';
    const holder = doc.createElement('div');
    holder.innerHTML = parsed.content;
    const title = meta.title || parsed.title?.trim();
    if (!title) return 'no-article';
    return {
      ...meta,
      title,
      body: holder,
      author: meta.author ?? (parsed.byline?.trim() || undefined),
      summary: meta.summary ?? undefined,
      lang: meta.lang ?? (parsed.lang || undefined),
    };
  },
};
