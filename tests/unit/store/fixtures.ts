// idb's wrap() recognises requests by the global IDB* classes; fake-indexeddb/auto installs them.
import 'fake-indexeddb/auto';
import { unwrap, type IDBPDatabase, type StoreNames } from 'idb';
import { describeRange } from '../../../src/annotations/describe.ts';
import type { Highlight } from '../../../src/annotations/types.ts';
import type { ExtractedArticle } from '../../../src/shared/article.ts';
import type { JianbaoSchema } from '../../../src/store/index.ts';

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
    textContent:
      '中国人民银行决定下调金融机构存款准备金率0.5个百分点，释放长期资金约1.2万亿元。Reuters 报道。',
    extractor: 'eastmoney-share',
    ...over,
  };
}

/** A highlight of `quote`'s first occurrence in `text`, as the reader builds one. */
export function highlightOf(
  text: string,
  quote: string,
  id: string,
  over: Partial<Highlight> = {},
): Highlight {
  const start = text.indexOf(quote);
  const selectors = describeRange(text, start, start + quote.length);
  if (!selectors) throw new Error(`no ${quote} in the text`);
  return {
    id,
    color: 'yellow',
    ...selectors,
    createdAt: '2024-01-01T08:00:00+08:00',
    updatedAt: '2024-01-01T08:00:00+08:00',
    ...over,
  };
}

/**
 * Gives one object store a byte budget, the way a full disk behaves: once exceeded, the write
 * request itself fails with QuotaExceededError and fake-indexeddb aborts the transaction as the spec
 * says. Only the backing store's write step is replaced; the IndexedDB API above it is the real one.
 */
export function limitStore(
  db: IDBPDatabase<JianbaoSchema>,
  storeName: StoreNames<JianbaoSchema>,
  budgetBytes: number,
): void {
  const nativeStore = unwrap(db).transaction(storeName).objectStore(storeName) as unknown as {
    _rawObjectStore: RawStore;
  };
  const raw = nativeStore._rawObjectStore;
  const original = raw.storeRecord.bind(raw);
  let used = 0;
  raw.storeRecord = (record, noOverwrite, rollbackLog) => {
    // Rolling back an abort re-stores old records without a rollback log: that must never fail.
    if (rollbackLog && (used += sizeOf(record.value)) > budgetBytes)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original(record, noOverwrite, rollbackLog);
  };
}

interface RawStore {
  storeRecord(
    this: RawStore,
    record: { value: unknown },
    noOverwrite: boolean,
    rollbackLog?: unknown[],
  ): unknown;
}

function sizeOf(value: unknown): number {
  if (value instanceof Blob) return value.size;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value && typeof value === 'object' && 'blob' in value && value.blob instanceof Blob)
    return value.blob.size;
  return JSON.stringify(value).length;
}
