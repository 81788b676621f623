/** `jianbao extract <file.html> --url <original-url>`: the extension's extractor, on a saved page. */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { extract } from '../extract/index.ts';
import type { ExtractFailureReason } from '../shared/article.ts';
import { describeFailure } from '../shared/failure.ts';
import { installEnglishMessages } from '../shared/english-messages.ts';
import { t } from '../shared/i18n.ts';

// Node has no chrome.i18n: the command line speaks the extension's English.
installEnglishMessages();

const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Markup sniff: an HTML page has a tag in its first kilobytes; JSON, PDFs and text do not. */
const LOOKS_LIKE_HTML = /<(!doctype\s+html|html|head|body|div|p|article|h1|meta|title)\b/i;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Extraction's reasons plus the two only a command line can meet. */
type CliFailure = ExtractFailureReason | 'usage' | 'missing-file';

/** The same plain words as the extension (`_locales/en` in Node): one source of wording. */
function describe(reason: CliFailure): string {
  if (reason === 'usage') return t('cliUsage');
  if (reason === 'missing-file') return t('reason_missing_file');
  return describeFailure({ code: reason });
}

function fail(io: Io, reason: CliFailure, detail?: string): number {
  io.err(`reason: ${reason} — ${describe(reason)}${detail ? ` (${detail})` : ''}`);
  return reason === 'usage' ? EXIT.usage : EXIT.failure;
}

function parseArgs(argv: string[]): { command?: string; file?: string; url?: string } {
  const positional: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i];
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else positional.push(arg);
  }
  return { command: positional[0], file: positional[1], url };
}

/** Returns the exit code; `io` is injectable so tests need not spawn. */
export async function main(
  argv: string[],
  io: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) },
): Promise<number> {
  const { command, file, url } = parseArgs(argv);
  if (command !== 'extract' || !file) return fail(io, 'usage');
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (error) {
    return fail(io, 'missing-file', (error as NodeJS.ErrnoException).code ?? file);
  }
  if (!LOOKS_LIKE_HTML.test(html.slice(0, 4096))) return fail(io, 'not-html', file);
  // Without --url, links resolve against the file;
  // they are then dropped, since only http(s) survive sanitizing.
  const pageUrl = url ?? pathToFileURL(file).href;
  const dom = new JSDOM(html, { url: pageUrl });
  try {
    const result = extract(dom.window.document, pageUrl);
    if (!result.ok) return fail(io, result.error.code, result.error.detail);
    io.out(JSON.stringify(result.article, null, 2));
    return EXIT.ok;
  } finally {
    dom.window.close();
  }
}
