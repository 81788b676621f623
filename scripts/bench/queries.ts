/**
 * The 30 benchmark queries: Chinese words of 2–4 characters and English words that occur in the corpus
 * (so they hit), and queries that occur nowhere. Checked against the corpus at run time. The 4-character
 * words are rarer (two corpus posts each, so a few hundred of the generated articles).
 */
import type { CorpusText } from '../../testkit/generate-articles.ts';

const CHINESE = [
  '投资者',
  '美元',
  '消费',
  '银行',
  '人民币',
  '基金',
  '上涨',
  '疫情',
  '芯片',
  '美联储',
  '证监会',
  '房地产',
  '人民银行',
  '资本市场',
];
const ENGLISH = ['ETF', 'Citadel', 'IPO', 'CEO', 'shibor', 'Faraday', 'KWEB', 'realityOS'];
const NO_HIT = [
  '量子纠缠咖啡',
  '北极熊滑雪',
  '恐龙化石',
  '火星殖民',
  'xylophone',
  'quasar',
  'zebra',
  'marzipan',
];

export interface BenchQuery {
  text: string;
  kind: 'chinese' | 'english' | 'no-hit';
}

export function benchQueries(corpus: readonly CorpusText[]): BenchQuery[] {
  const text = corpus
    .flatMap((c) => [c.title, ...c.paragraphs])
    .join('\n')
    .toLowerCase();
  const check = (words: string[], kind: BenchQuery['kind']): BenchQuery[] =>
    words.map((word) => {
      const present = text.includes(word.toLowerCase());
      if (present !== (kind !== 'no-hit'))
        throw new Error(
          `query "${word}" ${present ? 'occurs' : 'does not occur'} in the corpus: fix queries.ts`,
        );
      return { text: word, kind };
    });
  return [...check(CHINESE, 'chinese'), ...check(ENGLISH, 'english'), ...check(NO_HIT, 'no-hit')];
}
