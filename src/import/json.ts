/** JSON.parse with an answer a person can use: a file cut off is told apart from one that is malformed. */
import { lineAt } from './normalize.ts';
import type { ImportError, ImportFormat } from './types.ts';

/**
 * Whether `source` stops inside a string or with brackets still open: what a cut-off download looks
 * like. Checked by walking the text (not by reading the engine's message, which differs by browser).
 */
export function endsOpen(source: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return inString || depth > 0;
}

/** The parsed value, or `truncated` (at the last line) or `bad-json` with the engine's words. */
export function parseJson(
  source: string,
  format?: ImportFormat,
  file?: string,
): { data: unknown } | { error: ImportError } {
  try {
    return { data: JSON.parse(source) };
  } catch (error) {
    const where = { ...(format && { format }), ...(file && { file }) };
    if (endsOpen(source))
      return { error: { code: 'truncated', ...where, line: lineAt(source, source.length) } };
    return {
      error: { code: 'bad-json', ...where, detail: error instanceof Error ? error.message : String(error) },
    };
  }
}
