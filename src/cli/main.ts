/** `jianbao extract <file.html> [--url <original-url>]`: the extension's extractor, on a saved page. */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { extract } from '../extract/index.ts';
import type { ExtractFailureReason } from '../shared/article.ts';
import { describeFailure, isFailureCode } from '../shared/failure.ts';
import { installEnglishMessages } from '../shared/english-messages.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { isAbsoluteHttpUrl, parseArgs } from './args.ts';
import { EXIT, helpText, version } from './help.ts';
import { declaredAddress } from './page-address.ts';
import { parsePage, sanitizerWindow, setPageUrl } from './page-dom.ts';
import { articleDataUrl } from './share-hint.ts';

// Node has no chrome.i18n: the command line speaks the extension's English.
installEnglishMessages();

/** Markup sniff: an HTML page has a tag in its first kilobytes; JSON, PDFs and text do not. */
const LOOKS_LIKE_HTML = /<(!doctype\s+html|html|head|body|div|p|article|h1|meta|title)\b/i;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Extraction's reasons plus those only a command line can meet. */
type CliFailure = ExtractFailureReason | 'usage' | 'bad-url' | 'needs-url' | 'missing-file' | 'unexpected';

const CLI_REASONS: Partial<Record<CliFailure, MessageKey>> = {
  usage: 'cliUsage',
  'bad-url': 'cliBadUrl',
  'needs-url': 'cliNeedsUrl',
  'missing-file': 'reason_missing_file',
};
const USAGE_ERRORS: ReadonlySet<CliFailure> = new Set(['usage', 'bad-url', 'needs-url']);

/** The same plain words as the extension (`_locales/en` in Node): one source of wording. */
function describe(reason: CliFailure): string {
  const key = CLI_REASONS[reason];
  if (key) return t(key);
  return describeFailure({ code: isFailureCode(reason) ? reason : 'unexpected' });
}

/** One line on stderr, whatever the detail holds: a stack or a multi-line message is folded. */
function fail(io: Io, reason: CliFailure, detail?: string, hint?: string): number {
  const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const tail = `${detail ? ` (${oneLine(detail)})` : ''}${hint ? `; ${oneLine(hint)}` : ''}`;
  io.err(`reason: ${reason} — ${describe(reason)}${tail}`);
  return USAGE_ERRORS.has(reason) ? EXIT.usage : EXIT.failure;
}

async function runExtract(io: Io, file: string, url: string | undefined): Promise<number> {
  if (url !== undefined && !isAbsoluteHttpUrl(url)) return fail(io, 'bad-url', `got "${url}"`);
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (error) {
    return fail(io, 'missing-file', (error as NodeJS.ErrnoException).code ?? file);
  }
  if (!LOOKS_LIKE_HTML.test(html.slice(0, 4096))) return fail(io, 'not-html', file);
  // Parsed against the file until the page's own address is known; relative links then follow it.
  const doc = parsePage(html, url ?? pathToFileURL(file).href);
  let pageUrl = url;
  if (pageUrl === undefined) {
    pageUrl = declaredAddress(doc);
    if (pageUrl === undefined) return fail(io, 'needs-url', file);
    setPageUrl(doc, pageUrl);
    io.err(t('cliCanonicalNote', pageUrl));
  }
  const result = extract(doc, pageUrl, { sanitizerWindow });
  if (result.ok) {
    io.out(JSON.stringify(result.article, null, 2));
    return EXIT.ok;
  }
  const endpoint = result.error.code === 'no-article' ? articleDataUrl(pageUrl) : undefined;
  return fail(io, result.error.code, result.error.detail, endpoint && t('cliShareHint', endpoint));
}

/** Returns the exit code; `io` is injectable so tests need not spawn. Never throws. */
export async function main(
  argv: string[],
  io: Io = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) },
): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.kind) {
      case 'help':
        io.out(helpText());
        return EXIT.ok;
      case 'version':
        io.out(`jianbao ${version()}`);
        return EXIT.ok;
      case 'usage':
        return fail(io, 'usage', args.detail);
      case 'extract':
        return await runExtract(io, args.file, args.url);
    }
  } catch (error) {
    return fail(io, 'unexpected', error instanceof Error ? error.message : String(error));
  }
}
