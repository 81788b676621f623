/**
 * Reads a CSV export row by row, with each row's columns looked up by header name and its line number.
 * Papaparse does the CSV itself: exports hold quoted fields with commas, doubled quotes and newlines
 * inside (titles, Instapaper selections), `\r\n` endings and a BOM, and Papa handles all of these
 * and is widely used and tested; hand-written splitting gets exactly those cases wrong.
 */
import Papa from 'papaparse';
import type { ImportError, ImportFormat } from './types.ts';
import { withoutBom } from './normalize.ts';

/** Every export here uses commas; a guess (Papa's default) could only be wrong on a damaged file. */
const DELIMITER = ',';

export interface CsvRow {
  /** 1-based line where the row starts (a quoted newline makes a row span several lines). */
  line: number;
  /** The trimmed value of a column by its lower-case header name; '' when the row lacks it. */
  get(column: string): string;
}

/** The header names of a CSV text, lower-cased and trimmed (from its first row). */
export function csvHeader(text: string): string[] {
  const first = Papa.parse<string[]>(withoutBom(text), { preview: 1, delimiter: DELIMITER }).data[0] ?? [];
  return first.map((name) => name.trim().toLowerCase());
}

/** The required columns `header` lacks, in `required`'s spelling. */
export const missingColumns = (header: readonly string[], required: readonly string[]): string[] =>
  required.filter((name) => !header.includes(name.toLowerCase()));

/**
 * Every data row of `text`, or the first problem: required columns missing (all of them named),
 * or a quoted field never closed (the file was cut off; `line` is where that field opens).
 */
export function readCsv(
  text: string,
  format: ImportFormat,
  required: readonly string[],
): { rows: CsvRow[] } | { error: ImportError } {
  const source = withoutBom(text);
  let header: Map<string, number> | undefined;
  const rows: CsvRow[] = [];
  let error: ImportError | undefined;
  // Line counting walks forward with the parser, so it costs one pass over the text in all.
  let countedTo = 0;
  let line = 1;
  const lineOf = (index: number): number => {
    for (let i = countedTo; i < index; i++) if (source.charCodeAt(i) === 10) line++;
    countedTo = Math.max(countedTo, index);
    return line;
  };
  let rowStart = 0;
  Papa.parse<string[]>(source, {
    delimiter: DELIMITER,
    skipEmptyLines: true,
    step(result, parser) {
      while (source[rowStart] === '\r' || source[rowStart] === '\n') rowStart++;
      const unterminated = result.errors.find((e) => e.code === 'MissingQuotes');
      if (unterminated) {
        error = { code: 'truncated', format, line: lineOf(unterminated.index ?? rowStart) };
        parser.abort();
        return;
      }
      const fields = result.data;
      const rowLine = lineOf(rowStart);
      rowStart = result.meta.cursor;
      if (!header) {
        header = new Map(fields.map((name, i) => [name.trim().toLowerCase(), i]));
        const missing = missingColumns([...header.keys()], required);
        if (missing.length) {
          error = { code: 'missing-columns', format, line: rowLine, columns: missing };
          parser.abort();
        }
        return;
      }
      const columns = header;
      rows.push({
        line: rowLine,
        get: (column) => {
          const index = columns.get(column);
          return index === undefined ? '' : (fields[index] ?? '').trim();
        },
      });
    },
  });
  if (error) return { error };
  if (!header) return { error: { code: 'empty', format } };
  return { rows };
}
