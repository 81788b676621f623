/**
 * What the import control says, in the UI language: format names, and why a file is refused (an
 * ImportError from src/import worded with where the problem is: line, entry, file inside a ZIP).
 */
import type { ImportError, ImportFormat } from '../../../src/import/types.ts';
import { t, type MessageKey } from '../../../src/shared/i18n.ts';
import { formatBytes } from '../../format-bytes.ts';

const FORMAT_NAMES: Record<ImportFormat, MessageKey> = {
  'pocket-csv': 'import_format_pocket_csv',
  'pocket-zip': 'import_format_pocket_zip',
  'pocket-html': 'import_format_pocket_html',
  'instapaper-csv': 'import_format_instapaper_csv',
  'omnivore-zip': 'import_format_omnivore_zip',
  'wallabag-json': 'import_format_wallabag_json',
  jianbao: 'import_format_jianbao',
};

export const formatName = (format: ImportFormat): string => t(FORMAT_NAMES[format]);

/** Where in the file the problem is, or undefined when the file as a whole is the problem. */
function whereOf({ line, entry, file }: ImportError): string | undefined {
  if (line !== undefined)
    return file ? t('import_where_line_file', [String(line), file]) : t('import_where_line', String(line));
  if (entry !== undefined)
    return file
      ? t('import_where_entry_file', [String(entry), file])
      : t('import_where_entry', String(entry));
  return file ? t('import_where_file', file) : undefined;
}

/** The problem itself, without where it is and without a full stop. */
function problemOf(error: ImportError): string {
  const format = error.format ? formatName(error.format) : '';
  switch (error.code) {
    case 'too-large':
      return t('import_too_large', formatBytes(Number(error.detail)));
    case 'empty':
      return t('import_empty');
    case 'unknown-format':
      return t('import_unknown_format');
    case 'not-an-export':
      return t('import_not_an_export');
    case 'missing-columns':
      return t('import_missing_columns', [format, (error.columns ?? []).join(', ')]);
    case 'bad-json-shape':
      return t('import_bad_json_shape');
    case 'bad-json':
      return t('import_bad_json');
    case 'truncated':
      return t('import_truncated');
    case 'bad-zip':
      return t('import_bad_zip');
    case 'bad-row':
      return t('import_bad_row', [format, error.detail ?? '']);
    case 'bad-entry':
      return error.detail === 'not an object'
        ? t('import_entry_not_object', format)
        : t('import_bad_entry', [format, error.detail ?? '']);
  }
}

/** The whole refusal: what is wrong, where, and that the library is unchanged. */
export function refusalOf(error: ImportError): string {
  const where = whereOf(error);
  const problem = problemOf(error);
  return where ? t('import_rejected_at', [problem, where]) : t('import_rejected', problem);
}
