/** The JSON library file (docs/export-format.md is the human description of these types). */
import type { Article } from '../shared/article.ts';

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

/** A problem found in a file, as a message key and its substitutions (the UI words it in zh_CN or en). */
export interface ImportProblem {
  key: 'importNotJson' | 'importNotLibrary' | 'importNewerVersion' | 'importBadShape' | 'importBadArticle' | 'importDuplicateId' | 'importBadImage';
  substitutions: string[];
}
