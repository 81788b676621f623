/** Category slugs of the Jekyll export: the source in toneless pinyin, as the sample site names them. */
import { pinyin } from 'pinyin-pro';

/**
 * Sources whose slug is not their pinyin. Each entry names the evidence.
 * - 东财滚动: East Money's rolling feed is filed as `emnews` on the sample's site (79 corpus posts
 *   tagged `东财滚动新闻` have `categories: emnews`).
 */
export const SLUG_OVERRIDES: Readonly<Record<string, string>> = {
  东财滚动: 'emnews',
};

/** Used when a name has no letter, digit or Chinese character at all. */
export const FALLBACK_SLUG = 'news';

/**
 * `南方Plus` → `nanfangPlus`, `21世纪经济报道` → `21shijijingjibaodao`: Chinese characters become
 * toneless pinyin (ü as v), Latin letters and digits stay as they are, everything else is dropped.
 */
export function categorySlug(name: string): string {
  const trimmed = name.trim();
  const override = SLUG_OVERRIDES[trimmed];
  if (override) return override;
  // pinyin-pro picks readings of polyphonic characters from word context (银行 → yinhang).
  const syllables = pinyin(trimmed, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables.join('').replace(/[^A-Za-z0-9]/g, '');
  return slug || FALLBACK_SLUG;
}
