/** The command line as data: `jianbao extract <file.html> [--url <original-url>]`, `--help`, `--version`. */

export type CliArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'extract'; file: string; url?: string }
  /** `detail` names what was wrong, for the one-line usage error. */
  | { kind: 'usage'; detail?: string };

const HELP = new Set(['--help', '-h']);
const VERSION = new Set(['--version', '-V']);

/** Help and version win wherever they stand (`jianbao extract --help`), as in most command lines. */
export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv[0] === 'help' || argv.some((arg) => HELP.has(arg))) return { kind: 'help' };
  if (argv.some((arg) => VERSION.has(arg))) return { kind: 'version' };
  const positional: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      const value = argv[++i];
      if (value === undefined) return { kind: 'usage', detail: '--url needs a value' };
      url = value;
    } else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') return { kind: 'usage', detail: `unknown option ${arg}` };
    else positional.push(arg);
  }
  const [command, file, ...extra] = positional;
  if (command === undefined) return { kind: 'usage', detail: 'no command' };
  if (command !== 'extract') return { kind: 'usage', detail: `unknown command ${command}` };
  if (file === undefined) return { kind: 'usage', detail: 'no file' };
  if (extra.length) return { kind: 'usage', detail: `unexpected ${extra.join(' ')}` };
  return { kind: 'extract', file, url };
}

/** An absolute http(s) URL, as a page's address must be; anything else is a usage error. */
export function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
