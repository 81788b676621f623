/**
 * Every user-visible string goes through _locales (zh_CN and en): same keys, same placeholders,
 * and no words typed straight into the JSX of the extension pages.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
// vite (under vitest) ships rolldown's oxc parser: a real TSX parser, so the scan sees JSX text
// and attribute values exactly, not what a regex guesses.
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';
import { COUNT_PHRASES } from '../../src/shared/counted.ts';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Messages;
const en = load('en');
const zh = load('zh_CN');

/** Placeholder names used in a message, upper-cased (Chrome matches them case-insensitively). */
const used = (message: string): string[] =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toUpperCase()).sort();
const declared = (entry: Messages[string]): string[] =>
  Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toUpperCase()}=${p.content}`)
    .sort();

describe('locales', () => {
  it('have the same keys in en and zh_CN', () => {
    expect(Object.keys(zh).filter((key) => !(key in en))).toEqual([]);
    expect(Object.keys(en).filter((key) => !(key in zh))).toEqual([]);
  });

  it('declare and use the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      const a = en[key]!;
      const b = zh[key]!;
      expect(declared(b), key).toEqual(declared(a));
      expect(used(a.message), `${key} (en) uses what it declares`).toEqual(
        Object.keys(a.placeholders ?? {})
          .map((n) => n.toUpperCase())
          .sort(),
      );
      expect(used(b.message), `${key} (zh_CN) uses what it declares`).toEqual(used(a.message));
      expect(b.message.trim(), `${key} is translated`).not.toBe('');
    }
  });

  it('say a count before a plural English noun only in a phrase that has its own singular', () => {
    // "Exported 1 articles." is what a bare number before a fixed plural says; such sentences take the
    // whole counted phrase instead (src/shared/counted.ts), whose singular is a message of its own.
    const phrases = new Set<string>(Object.values(COUNT_PHRASES).map((phrase) => phrase.many));
    // The Highlights page picks among these three itself (highlights/count-text.ts), by both counts.
    const ownSingulars = new Set(['hlpage_count', 'hlpage_count_one_article']);
    const bareCounts = Object.entries(en)
      .filter(([, { message }]) => /\$(?:COUNT|N|TOTAL)\$\+? (?:[a-z]+ )?[a-z]+s\b/.test(message))
      .map(([key]) => key)
      .filter((key) => !phrases.has(key) && !ownSingulars.has(key));
    expect(bareCounts).toEqual([]);
    for (const { one } of Object.values(COUNT_PHRASES)) expect(en[one]?.message, one).toMatch(/^1 /);
  });

  it('has Chinese in every zh_CN message that has words', () => {
    const untranslated = Object.entries(zh)
      .filter(
        ([key, { message }]) =>
          /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(message) &&
          !/\p{Script=Han}/u.test(message) &&
          message === en[key]?.message,
      )
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

const PAGE_DIRS = ['popup', 'options', 'src/reader'];

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

/** Text a person would read: any Chinese character, or two words of Latin letters. */
const isWords = (text: string): boolean =>
  /\p{Script=Han}/u.test(text) || /[A-Za-z]{2,}[\s,.!?']+[A-Za-z]{2,}/.test(text);
/** Attributes that a person reads (class names and ids are not). */
const READ_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'alt',
  'aria-label',
  'aria-description',
  'label',
  'value',
]);

interface Node {
  type: string;
  [key: string]: unknown;
}

function hardCoded(source: string, file: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown, parent?: Node): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((child) => visit(child, parent));
      return;
    }
    const n = node as Node;
    if (n.type === 'JSXText' && isWords(String(n.value))) found.push(String(n.value).trim());
    if (n.type === 'JSXAttribute') {
      const name = (n.name as { name?: string }).name ?? '';
      const value = n.value as { type?: string; value?: unknown } | null;
      if (READ_ATTRIBUTES.has(name) && value?.type === 'Literal' && isWords(String(value.value)))
        found.push(`${name}="${String(value.value)}"`);
    }
    if (
      n.type === 'Literal' &&
      parent?.type === 'JSXExpressionContainer' &&
      typeof n.value === 'string' &&
      isWords(n.value)
    )
      found.push(n.value);
    for (const [key, child] of Object.entries(n)) if (key !== 'type') visit(child, n);
  };
  visit(parseAst(source, { lang: 'tsx' }, file));
  return found;
}

describe('extension pages', () => {
  const files = PAGE_DIRS.flatMap(tsxFiles);

  it('are all scanned', () => {
    expect(files.some((f) => f.startsWith('options/'))).toBe(true);
    expect(files.some((f) => f.startsWith('popup/'))).toBe(true);
  });

  it('type no Chinese or English sentence into JSX: every string goes through t()', () => {
    const offenders = files.flatMap((file) =>
      hardCoded(readFileSync(file, 'utf8'), file).map((text) => `${file}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the scan itself catches hard-coded text', () => {
    const sample = 'const a = <p title="Close this">你好 <b>{"Saved it"}</b> Open the reader</p>;';
    expect(hardCoded(sample, 'x.tsx')).toEqual(['title="Close this"', '你好', 'Saved it', 'Open the reader']);
    expect(hardCoded('const a = <p class="card share-patterns">{t("k")} → {n}</p>;', 'x.tsx')).toEqual([]);
  });
});

const SOURCE_DIRS = ['src', 'popup', 'options'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface KeyedCall {
  file: string;
  keys: string[];
  substitutions: number | undefined;
}

/** The literal key(s) of an argument: `'k'`, or `cond ? 'a' : 'b'`; none for anything computed. */
function literalKeys(node: Node | undefined): string[] {
  if (node?.type === 'Literal' && typeof node.value === 'string') return [node.value];
  if (node?.type === 'ConditionalExpression')
    return [...literalKeys(node.consequent as Node), ...literalKeys(node.alternate as Node)];
  return [];
}

/**
 * How many substitutions `t(key, subs)` passes, when the code says so; undefined when computed at run time.
 */
function tSubstitutions(node: Node | undefined): number | undefined {
  if (!node) return 0;
  if (node.type === 'ArrayExpression') {
    const elements = node.elements as Node[];
    return elements.some((e) => e?.type === 'SpreadElement') ? undefined : elements.length;
  }
  const isString =
    node.type === 'Literal' ||
    node.type === 'TemplateLiteral' ||
    (node.type === 'CallExpression' &&
      (node.callee as Node).type === 'Identifier' &&
      (node.callee as { name?: string }).name === 'String');
  return isString ? 1 : undefined;
}

/** Every `t('key', …)` and `reason('key', …)` (src/shared/reason.ts) call with a literal key. */
function keyedCalls(source: string, file: string): KeyedCall[] {
  const calls: KeyedCall[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n = node as Node;
    const callee = n.type === 'CallExpression' ? (n.callee as { type: string; name?: string }) : undefined;
    if (callee?.type === 'Identifier' && (callee.name === 't' || callee.name === 'reason')) {
      const [first, ...rest] = n.arguments as Node[];
      const keys = literalKeys(first);
      const substitutions =
        callee.name === 't'
          ? tSubstitutions(rest[0])
          : rest.some((a) => a.type === 'SpreadElement')
            ? undefined
            : rest.length;
      if (keys.length) calls.push({ file, keys, substitutions });
    }
    for (const [key, child] of Object.entries(n)) if (key !== 'type') visit(child);
  };
  visit(parseAst(source, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }, file));
  return calls;
}

describe('message keys in the code', () => {
  const calls = SOURCE_DIRS.flatMap(sourceFiles).flatMap((file) =>
    keyedCalls(readFileSync(file, 'utf8'), file),
  );

  it('are found in every part that shows text', () => {
    for (const part of ['src/content/', 'src/reader/', 'src/export/', 'popup/', 'options/']) {
      expect(
        calls.some((c) => c.file.startsWith(part)),
        part,
      ).toBe(true);
    }
  });

  it('exist in both locales and are given as many substitutions as their placeholders', () => {
    const problems = calls.flatMap(({ file, keys, substitutions }) =>
      keys.flatMap((key) => {
        if (!(key in en) || !(key in zh))
          return [`${file}: ${key} is missing in ${key in en ? 'zh_CN' : 'en'}`];
        const wanted = Object.keys(en[key]!.placeholders ?? {}).length;
        return substitutions === undefined || substitutions === wanted
          ? []
          : [`${file}: ${key} gets ${substitutions} of ${wanted} substitutions`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('the scan itself reads literal keys and counts substitutions', () => {
    const sample =
      "t('a'); t(x ? 'b' : 'c', [n, m]); t('d', String(n)); t(key); reason('e', 'title', inner); reason('f', ...xs);";
    expect(keyedCalls(sample, 'x.ts').map(({ keys, substitutions }) => [keys, substitutions])).toEqual([
      [['a'], 0],
      [['b', 'c'], 2],
      [['d'], 1],
      [['e'], 2],
      [['f'], undefined],
    ]);
  });
});
