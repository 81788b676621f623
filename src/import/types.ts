/**
 * What an import from another read-later service yields: one normalized item per saved link, whatever
 * the source file looked like. Pure data; the store work that writes it (and sanitizes contentHtml) is
 * elsewhere.
 */

/** The formats recognised by content. `jianbao` is Jianbao's own library file, read by src/export. */
export type ImportFormat =
  | 'pocket-csv'
  | 'pocket-zip'
  | 'pocket-html'
  | 'instapaper-csv'
  | 'omnivore-zip'
  | 'wallabag-json'
  | 'jianbao';

/** A passage the user marked in the source service, with their note on it. */
export interface ImportedHighlight {
  quote: string;
  note?: string;
  /** ISO 8601 with offset. */
  createdAt?: string;
}

export interface ImportedItem {
  url: string;
  title?: string;
  /** When the user saved it in the source service: ISO 8601 with offset. */
  savedAt?: string;
  /** ISO 8601 with offset. */
  publishedAt?: string;
  author?: string;
  /** User tags, folders included (a folder is a tag here); trimmed, no empties, no duplicates. */
  tags: string[];
  archived: boolean;
  favourite: boolean;
  /** Set only where the source says it (Pocket's and wallabag's archive is their "mark as read"). */
  read?: boolean;
  /** How far the user read, 0..1. */
  readingProgress?: number;
  /** The article body as the file holds it: untrusted, the caller sanitizes before storing. */
  contentHtml?: string;
  excerpt?: string;
  leadImage?: string;
  language?: string;
  highlights: ImportedHighlight[];
}

export type ImportErrorCode =
  /** The file is over MAX_IMPORT_BYTES; refused before it is read. */
  | 'too-large'
  /** The file holds nothing (or only whitespace). */
  | 'empty'
  /** The content is none of the formats Jianbao reads. */
  | 'unknown-format'
  /** A ZIP that holds neither a Pocket nor an Omnivore export. */
  | 'not-an-export'
  /** A CSV header lacks columns the format needs; `columns` names them. */
  | 'missing-columns'
  /** Valid JSON, but not an array of entries of a known service; `entry` is the first that is not. */
  | 'bad-json-shape'
  /** Not valid JSON (and not cut off). */
  | 'bad-json'
  /** The file ends mid-way: inside a quoted CSV field, an open JSON array, a ZIP without its end. */
  | 'truncated'
  /** A ZIP whose entries cannot be read (damaged rather than cut off); `detail` has the reader's words. */
  | 'bad-zip'
  /** A CSV row or HTML link that cannot be an item (no URL, a time that is not a time); `line` says where. */
  | 'bad-row'
  /** A JSON entry that cannot be an item; `entry` counts from 1. */
  | 'bad-entry';

/** Why a file cannot be imported, as data: the options page words it. Nothing is imported then. */
export interface ImportError {
  code: ImportErrorCode;
  /** The format the file was recognised as, when it was. */
  format?: ImportFormat;
  /** 1-based line of the text file (of `file` inside a ZIP). */
  line?: number;
  /** 1-based position of the entry in a JSON array. */
  entry?: number;
  /** The file inside a ZIP the problem is in. */
  file?: string;
  /** The missing columns, as the format spells them. */
  columns?: string[];
  /** Technical detail (a field name, a parser's words) for logs; never the main message. */
  detail?: string;
}

export type ImportResult =
  | { format: Exclude<ImportFormat, 'jianbao'>; items: ImportedItem[] }
  /** Jianbao's own file is recognised but not parsed here: `text` goes to parseLibraryJson. */
  | { format: 'jianbao'; text: string }
  | { error: ImportError };

/** The largest file accepted: bigger ones are refused before any byte is parsed. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
