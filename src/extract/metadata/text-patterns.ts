/** Chinese bylines: `来源：X`, `（文章来源：X）`, `作者：X`, `责任编辑：X`, `编辑：X`. */

const BYLINE_RULES = {
  /** `（文章来源：南方Plus）`, East Money's closing source line; full- or half-width brackets. */
  articleSource: /[（(]\s*文章来源\s*[:：]\s*([^）)]+?)\s*[）)]/,
  source: /(?:^|[\s|｜])来源\s*[:：]\s*([^\s|｜，,]+)/,
  author: /(?:^|[\s|｜（(])作者\s*[:：]\s*([^\s|｜，,）)]+)/,
  editor: /(?:责任编辑|编辑)\s*[:：]\s*([^\s|｜，,）)]+)/,
  /** Bylines longer than this are sentences that happen to contain `来源：`, not names. */
  maxNameLength: 24,
} as const;

function pick(re: RegExp, text: string): string | undefined {
  const value = re.exec(text)?.[1]?.trim();
  return value && value.length <= BYLINE_RULES.maxNameLength ? value : undefined;
}

export const readArticleSource = (text: string) => pick(BYLINE_RULES.articleSource, text);
export const readSource = (text: string) =>
  pick(BYLINE_RULES.articleSource, text) ?? pick(BYLINE_RULES.source, text);
export const readAuthor = (text: string) => pick(BYLINE_RULES.author, text);
export const readEditor = (text: string) => pick(BYLINE_RULES.editor, text);
