/** What `jianbao --help` and `jianbao --version` print, on stdout. */
import { existsSync, readFileSync } from 'node:fs';
import { t } from '../shared/i18n.ts';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/**
 * The version in package.json, the one place it is kept: the nearest one above this module, which runs
 * from src/cli/ through tsx and from dist-cli/ as the bundle.
 */
export function version(): string {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    const file = new URL('package.json', dir);
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version?: string };
      return pkg.version ?? 'unknown';
    }
    if (dir.pathname === '/') return 'unknown';
  }
}

export function helpText(): string {
  return [
    t('cliUsage'),
    '',
    "Runs the extension's extraction on a saved HTML page and prints the article record as JSON.",
    'It never goes to the network: a share page whose article a script loads must be saved after it has run.',
    '',
    'options:',
    '  --url <original-url>  the absolute http(s) address the page was saved from; the id and relative',
    "                        links are built from it. Without it, the page's canonical address is used",
    '                        (a one-line note on stderr says so); a page that names none is refused.',
    '  -h, --help            print this help and exit 0',
    '  -V, --version         print the version and exit 0',
    '',
    'exit codes:',
    `  ${EXIT.ok}  the article was printed on stdout`,
    `  ${EXIT.failure}  no article (not HTML, no article, unreadable file): the reason on stderr`,
    `  ${EXIT.usage}  usage error (unknown command or option, bad or missing --url)`,
    'Every error is one line on stderr: `reason: <code> — <what went wrong> (<detail>)`.',
  ].join('\n');
}
