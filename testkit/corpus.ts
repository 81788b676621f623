/**
 * The corpus of real posts in ../shared/corpus/finews, beside the repository: fixtures, e2e pages and
 * benchmarks are built from it when they run, and it is never copied into the repository.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = resolve(repoRoot, '..', 'shared', 'corpus', 'finews');

/** Says where the corpus is expected and why, instead of the ENOENT of the first read. */
export function missingCorpusMessage(dir: string = CORPUS_DIR): string {
  return (
    `The corpus of real posts is missing: expected at ${dir} (../shared/corpus/finews beside the ` +
    'repository). The fixtures, the e2e pages and the benchmarks are built from it when they run; it is ' +
    'read in place and never copied into the repository. Put the corpus there, then run again.'
  );
}

/** Throws one clear error when the corpus folder is not where the readers look for it. */
export function assertCorpusPresent(dir: string = CORPUS_DIR): void {
  if (!existsSync(dir)) throw new Error(missingCorpusMessage(dir));
}

/** The path of one corpus file, after checking that the corpus is there at all. */
export function corpusFile(file: string): string {
  assertCorpusPresent();
  return join(CORPUS_DIR, file);
}

export interface CorpusPost {
  file: string;
  title: string;
  /** As written: `2021-12-22 14:06:54 +0800` or without the offset. */
  date: string;
  categories: string;
  tags: string;
  /** Article HTML (or text) without the trailing share link and navigation. */
  body: string;
  /** `NW…` for share-page posts, else undefined. */
  infoCode?: string;
  /** The last `<http…>` link of the post, if any. */
  link?: string;
}

export function listCorpusFiles(): string[] {
  assertCorpusPresent();
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

export function readCorpusPost(file: string): CorpusPost {
  const raw = readFileSync(corpusFile(file), 'utf8').replace(/\r\n/g, '\n').replace(/^\s+/, '');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${file}: no front matter`);
  const [, front = '', rest = ''] = match;
  const field = (name: string): string => {
    const line = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(front)?.[1]?.trim() ?? '';
    return line.startsWith('"') && line.endsWith('"') ? (JSON.parse(line) as string) : line;
  };
  const link = [...rest.matchAll(/^<(https?:\/\/[^>]+)>\s*$/gm)].pop()?.[1];
  const body = rest
    .replace(/^\[返回.*$/gm, '')
    .replace(/^<https?:\/\/[^>]+>\s*$/gm, '')
    .trim();
  const infoCode = link ? /infoCode=([A-Z]{2}\d{18})/.exec(link)?.[1] : undefined;
  return {
    file,
    title: field('title'),
    date: field('date'),
    categories: field('categories'),
    tags: field('tags'),
    body,
    infoCode,
    link,
  };
}

/** Posts that came from share pages (their body ends with the `em_media` source line). */
export function sharePagePosts(): CorpusPost[] {
  return listCorpusFiles()
    .filter((file) => /-NW\d{18}\.md$/.test(file))
    .map(readCorpusPost);
}
