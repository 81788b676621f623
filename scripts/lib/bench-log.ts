/**
 * Run history of the benchmarks: each run appends one tab-separated line to `bench-results/<bench>.tsv`
 * (date, commit, then the run's headline figures and their references), so the history is data the
 * bench writes rather than prose in READMEs. The files are committed when someone chooses to.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One figure per column, in the order given; numbers are written as the caller rounded them. */
export type BenchFigures = Record<string, string | number>;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BENCH_RESULTS_DIR = path.join(ROOT, 'bench-results');

/** Short hash of HEAD, with `+` when tracked files differ from it (the run measured uncommitted code). */
export function commitLabel(cwd = ROOT): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const hash = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no') ? `${hash}+` : hash;
  } catch {
    return 'unknown';
  }
}

/** A cell never holds the separators: tabs and line breaks become spaces. */
const cell = (value: string | number): string => String(value).replace(/[\t\r\n]+/g, ' ');

/**
 * Appends `figures` as one line to `<dir>/<bench>.tsv` and returns the file's path. A new file starts
 * with a header line; when the columns differ from the file's last header, a new header line comes
 * first, so every line is read under the header above it.
 */
export function appendBenchLog(
  bench: string,
  figures: BenchFigures,
  options: { dir?: string; date?: Date; commit?: string } = {},
): string {
  const dir = options.dir ?? BENCH_RESULTS_DIR;
  const file = path.join(dir, `${bench}.tsv`);
  const header = ['date', 'commit', ...Object.keys(figures)].map(cell).join('\t');
  const row = [
    (options.date ?? new Date()).toISOString(),
    options.commit ?? commitLabel(),
    ...Object.values(figures),
  ]
    .map(cell)
    .join('\t');
  mkdirSync(dir, { recursive: true });
  const lastHeader = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .findLast((line) => line.startsWith('date\t'))
    : undefined;
  appendFileSync(file, `${lastHeader === header ? '' : `${header}\n`}${row}\n`);
  return file;
}
