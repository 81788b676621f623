/** The JSON library file (docs/export-format.md is the human description of these types). */
import type { Article } from '../shared/article.ts';
import type { Reason } from '../shared/reason.ts';

export const LIBRARY_FORMAT = 'jianbao-library';
/** Bumped on any change an older reader could misread; readers reject versions they do not know. */
export const LIBRARY_VERSION = 1;

/** One offline image, embedded when the user asks for images. */
export interface LibraryImage {
  articleId: string;
  /** The original URL, as written in the article's contentHtml and listed in its `imagesStored`. */
  url: string;
  /** MIME type, e.g. `image/jpeg`. */
  type: string;
  /** The image bytes, standard base64 with padding. */
  dataBase64: string;
}

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_VERSION;
  /** ISO 8601 with offset. */
  exportedAt: string;
  /** Full records, oldest saved first. Without `images`, `imagesStored` is left out of every record. */
  articles: Article[];
  images?: LibraryImage[];
}

/**
 * A problem found in a file: a message key and its parameters, which the options page words in zh_CN
 * or en. A bad article or image carries the field-level reason as a nested parameter.
 */
export type ImportProblem = Reason<
  | 'importNotJson'
  | 'importMarkdownExport'
  | 'importNotLibrary'
  | 'importNewerVersion'
  | 'importBadShape'
  | 'importBadArticle'
  | 'importDuplicateId'
  | 'importBadImage'
>;
