/**
 * Turns what the user typed into index lookups. Pure: no IndexedDB here.
 * Every clause must match (AND); a clause is one token, or a prefix whose tokens are OR-ed.
 */
import { foldText, hanBigrams, isHan, words } from './tokenize.ts';

export type Clause = { kind: 'token'; token: string } | { kind: 'prefix'; prefix: string };

export interface QueryPlan {
  clauses: Clause[];
  /**
   * Segmenter words of 3+ Han characters in the query: not required (the bigrams already are), but
   * an article holding the whole word, not just its pieces, ranks higher.
   */
  boosts: string[];
  /** Strings to highlight: the typed pieces. */
  highlight: string[];
  /**
   * Han runs of 3+ characters. Their bigrams can all occur in an article without the run itself
   * (投资 … 资者 apart), so search keeps only candidates that contain each run whole.
   */
  phrases: string[];
}

/**
 * - Han runs of 2+ characters → all their bigrams (so 人民银行 = 人民 ∧ 民银 ∧ 银行).
 * - A lone Han character → prefix over the bigrams starting with it.
 * - Latin/digit words → exact token; the last one, still being typed, also matches as a prefix.
 */
export function planQuery(query: string): QueryPlan {
  const folded = foldText(query);
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  const push = (c: Clause) => {
    const key = c.kind === 'token' ? `t:${c.token}` : `p:${c.prefix}`;
    if (!seen.has(key)) {
      seen.add(key);
      clauses.push(c);
    }
  };
  const highlight = new Set<string>();
  const boosts = new Set<string>();
  const phrases = new Set<string>();
  const typingLast = !/\s$/.test(query);
  const pieces = folded.split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
  pieces.forEach((piece, i) => {
    // Han and Latin can be glued together (降准0.5 / iphone手机): split them into runs.
    for (const run of piece.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
      highlight.add(run);
      if (isHan(run[0]!)) {
        if ([...run].length === 1) push({ kind: 'prefix', prefix: run });
        else for (const b of hanBigrams(run)) push({ kind: 'token', token: b });
        if ([...run].length >= 3) phrases.add(run);
        for (const w of words(run)) boosts.add(w);
      } else {
        const isLast = i === pieces.length - 1 && typingLast && folded.endsWith(run);
        const tokens = words(run);
        if (isLast) push({ kind: 'prefix', prefix: run });
        else for (const t of tokens) push({ kind: 'token', token: t });
      }
    }
  });
  return { clauses, boosts: [...boosts], highlight: [...highlight], phrases: [...phrases] };
}
