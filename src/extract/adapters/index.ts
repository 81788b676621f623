/** The only registry: adapters are tried in this order; the generic fallback is last and always matches. */
import { blogMirror } from './blog-mirror.ts';
import { eastmoneyArticle } from './eastmoney-article.ts';
import { eastmoneyMobile } from './eastmoney-mobile.ts';
import { eastmoneyShare } from './eastmoney-share.ts';
import { readability } from './readability.ts';
import type { Adapter } from './types.ts';

export const ADAPTERS: readonly Adapter[] = [
  eastmoneyShare,
  eastmoneyArticle,
  eastmoneyMobile,
  blogMirror,
  readability,
];
