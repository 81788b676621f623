// idb's wrap() recognises requests by the global IDB* classes; fake-indexeddb/auto installs them.
import 'fake-indexeddb/auto';
import type { ExtractedArticle } from '../../../src/shared/article.ts';

/** A plausible extracted article; override any field. */
export function makeExtracted(over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    id: 'NW202112222222635819',
    infoCode: 'NW202112222222635819',
    url: 'https://wap.eastmoney.com/a/NW202112222222635819.html?utm_source=wx',
    title: '央行宣布降准0.5个百分点',
    publishedAt: '2021-12-22T14:06:54+08:00',
    source: '南方Plus',
    category: '南方Plus',
    tags: ['财经'],
    excerpt: '中国人民银行决定于12月15日下调金融机构存款准备金率。',
    contentHtml: '<p>中国人民银行决定下调存款准备金率。</p><img src="https://img.example.com/a.jpg">',
    textContent: '中国人民银行决定下调金融机构存款准备金率0.5个百分点，释放长期资金约1.2万亿元。Reuters 报道。',
    extractor: 'eastmoney-share',
    ...over,
  };
}
