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

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Messages;
const en = load('en');
const zh = load('zh_CN');

/** Placeholder names used in a message, upper-cased (Chrome matches them case-insensitively). */
const used = (message: string): string[] => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toUpperCase()).sort();
const declared = (entry: Messages[string]): string[] =>
  Object.entries(entry.placeholders ?? {}).map(([name, p]) => `${name.toUpperCase()}=${p.content}`).sort();

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
      expect(used(a.message), `${key} (en) uses what it declares`).toEqual(Object.keys(a.placeholders ?? {}).map((n) => n.toUpperCase()).sort());
      expect(used(b.message), `${key} (zh_CN) uses what it declares`).toEqual(used(a.message));
      expect(b.message.trim(), `${key} is translated`).not.toBe('');
    }
  });

  it('has Chinese in every zh_CN message that has words', () => {
    const untranslated = Object.entries(zh)
      .filter(([key, { message }]) => /[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(message) && !/\p{Script=Han}/u.test(message) && message === en[key]?.message)
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
const isWords = (text: string): boolean => /\p{Script=Han}/u.test(text) || /[A-Za-z]{2,}[\s,.!?']+[A-Za-z]{2,}/.test(text);
/** Attributes that a person reads (class names and ids are not). */
const READ_ATTRIBUTES = new Set(['title', 'placeholder', 'alt', 'aria-label', 'aria-description', 'label', 'value']);

interface Node { type: string; [key: string]: unknown }

function hardCoded(source: string, file: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown, parent?: Node): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach((child) => visit(child, parent)); return; }
    const n = node as Node;
    if (n.type === 'JSXText' && isWords(String(n.value))) found.push(String(n.value).trim());
    if (n.type === 'JSXAttribute') {
      const name = (n.name as { name?: string }).name ?? '';
      const value = n.value as { type?: string; value?: unknown } | null;
      if (READ_ATTRIBUTES.has(name) && value?.type === 'Literal' && isWords(String(value.value))) found.push(`${name}="${String(value.value)}"`);
    }
    if (n.type === 'Literal' && parent?.type === 'JSXExpressionContainer' && typeof n.value === 'string' && isWords(n.value)) found.push(n.value);
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
    const offenders = files.flatMap((file) => hardCoded(readFileSync(file, 'utf8'), file).map((text) => `${file}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it('the scan itself catches hard-coded text', () => {
    const sample = 'const a = <p title="Close this">你好 <b>{"Saved it"}</b> Open the reader</p>;';
    expect(hardCoded(sample, 'x.tsx')).toEqual(['title="Close this"', '你好', 'Saved it', 'Open the reader']);
    expect(hardCoded('const a = <p class="card share-patterns">{t("k")} → {n}</p>;', 'x.tsx')).toEqual([]);
  });
});
