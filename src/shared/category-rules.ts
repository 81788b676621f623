/** The user's category rules (options page): rename a source, or merge several into one category. */
import type { ExtractedArticle } from './article.ts';
import type { CategoryRule } from './options.ts';

/**
 * The article filed under the category its rules say. A rule matches when its `from` equals the
 * extracted category or the source (names compared after trimming). The first matching rule wins
 * and rules are not chained (A→B, B→C files A under B), so no rule list can loop.
 * Returns the same object when no rule matches.
 */
export function applyCategoryRules<T extends Pick<ExtractedArticle, 'category' | 'source'>>(
  article: T,
  rules: readonly CategoryRule[],
): T {
  const names = new Set([article.category.trim(), article.source?.trim()].filter(Boolean));
  const rule = rules.find((r) => r.to.trim() && names.has(r.from.trim()));
  if (!rule || rule.to.trim() === article.category) return article;
  return { ...article, category: rule.to.trim() };
}

/** Why a rule cannot be added to `existing` (a message key), or undefined when it can. */
export function explainInvalidRule(
  rule: CategoryRule,
  existing: readonly CategoryRule[],
  maxChars: number,
): 'ruleEmpty' | 'ruleTooLong' | 'ruleDuplicate' | 'ruleSame' | undefined {
  const from = rule.from.trim();
  const to = rule.to.trim();
  if (!from || !to) return 'ruleEmpty';
  if (from.length > maxChars || to.length > maxChars) return 'ruleTooLong';
  if (from === to) return 'ruleSame';
  if (existing.some((r) => r.from.trim() === from)) return 'ruleDuplicate';
  return undefined;
}
