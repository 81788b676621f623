/**
 * The person in a free-text byline (Readability's `byline`, the text of whatever element looked like one):
 * `By Jane Doe` → `Jane Doe`; `By Staff Reporters Updated Jul 21, 2023` → none
 * (generic-en-news-time-element-only).
 */

/** An English month name or its abbreviation, as the stamp below reads it month first or day first. */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;

const BYLINE_NAME_RULES = {
  /** Lead-ins that are not part of the name. */
  leadIn: /^\s*(?:by|written by|words by|作者|文|记者)\s*[:：|]?\s*/i,
  /**
   * `By` in French, German, Spanish and Portuguese, and Dutch (`Par Sébastien Farcis`, `Von Jane Doe`): only
   * before a capitalized word, so a name that starts with such a word keeps it.
   */
  foreignLeadIn: /^\s*(?:[Pp]ar|[Vv]on|[Pp]or|[Dd]oor)\s+(?=\p{Lu})/u,
  /** A second role ends the author's part: `Rob Ewaschuk Edited by Betsy Beyer`. */
  otherRole: /\s*[|｜·•,;]?\s*\b(?:edited|photos?|illustrations?|translated) by\b.*$/i,
  /**
   * A time stamp ends the name part: `Jane Doe Updated Jul 21, 2023`, `Jane Doe | 2023-07-21`,
   * `Jane Doe, Jul 21 2023`, and the day first as British pages print it, even run into the name when the
   * page set the two in separate boxes with no space between (`Jane Doe22 Dec 2016`). Everything from the
   * stamp on is dropped.
   */
  stamp: new RegExp(
    String.raw`\s*[|｜·•,]?\s*(?:\b(?:updated|published|posted|last updated|modified)\b|更新|发布|` +
      String.raw`\b${MONTH}\s+\d{1,2}\b|\d{1,2}\s+${MONTH}\s+\d{4}|\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}:\d{2}).*$`,
    'i',
  ),
  /**
   * A byline made only of these words is a desk label (`Staff Reporters`, `Wire Services`, `The Newsroom`):
   * it names no person, and showing it as the author would mislead. Agencies (`Reuters`) are kept: they
   * are who wrote the piece.
   */
  deskWords: new Set([
    'staff',
    'reporter',
    'reporters',
    'writer',
    'writers',
    'correspondent',
    'correspondents',
    'desk',
    'news',
    'newsroom',
    'wire',
    'wires',
    'service',
    'services',
    'report',
    'reports',
    'editorial',
    'editors',
    'team',
    'board',
    'and',
    'the',
    'our',
    'from',
  ]),
  /** The same in Chinese: `本报记者`, `本网讯`, `编辑部` without a name. */
  deskLabelZh: /^(?:本报|本网|本台|本刊)?(?:特约)?(?:记者|通讯员|编辑部|讯|综合报道)$/,
  /** Longer text is a sentence or a whole header block, not a name. */
  maxChars: 60,
} as const;

/** The name in `byline`, or undefined when it names no person. */
export function readBylineName(byline: string | null | undefined): string | undefined {
  const text = (byline ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const name = text
    .replace(BYLINE_NAME_RULES.stamp, '')
    .replace(BYLINE_NAME_RULES.otherRole, '')
    .replace(BYLINE_NAME_RULES.leadIn, '')
    .replace(BYLINE_NAME_RULES.foreignLeadIn, '')
    .replace(/[\s,|｜·•]+$/, '')
    .trim();
  if (!name || name.length > BYLINE_NAME_RULES.maxChars || BYLINE_NAME_RULES.deskLabelZh.test(name))
    return undefined;
  const words = name
    .toLowerCase()
    .split(/[\s,&/]+/)
    .filter(Boolean);
  return words.every((w) => BYLINE_NAME_RULES.deskWords.has(w)) ? undefined : name;
}
