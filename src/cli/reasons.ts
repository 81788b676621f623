/** One English sentence per failure, for stderr. The extension's bilingual wording lives in src/extract/failure-text.ts. */
import type { ExtractFailureReason } from '../shared/article.ts';

export type CliFailure = ExtractFailureReason | 'usage' | 'missing-file';

export const REASON_TEXT: Record<CliFailure, string> = {
  'no-article': 'no article was found on this page',
  'not-html': 'the file is not an HTML page',
  'too-large': 'the page is too large to extract',
  timeout: 'the article did not appear in time',
  'invalid-info-code': 'the infoCode in the URL is malformed',
  usage: 'usage: jianbao extract <file.html> --url <original-url>',
  'missing-file': 'the file does not exist or cannot be read',
};
