/** Parses a CSP string and says what in it would allow inline, evaluated or remote code (issue #7 §2). */

export type Directives = Map<string, string[]>;

export function parseCsp(policy: string): Directives {
  const directives: Directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Every way this policy lets a script that is not a file of the extension run, or lets a page be framed. */
export function cspWeaknesses(policy: string): string[] {
  const csp = parseCsp(policy);
  const found: string[] = [];
  const scripts = csp.get('script-src') ?? csp.get('default-src');
  if (!scripts) found.push('no script-src or default-src');
  for (const source of scripts ?? []) {
    if (source !== "'self'") found.push(`script-src allows ${source}`);
  }
  const objects = csp.get('object-src') ?? csp.get('default-src');
  if (!objects || objects.join(' ') !== "'none'")
    found.push(`object-src is ${objects?.join(' ') ?? 'unset'}`);
  for (const [name, sources] of csp) {
    for (const source of sources)
      if (/^'unsafe-|^'wasm-unsafe-eval'$/.test(source)) found.push(`${name} allows ${source}`);
  }
  if (csp.get('base-uri')?.join(' ') !== "'none'") found.push('base-uri is not none');
  if (csp.get('frame-ancestors')?.join(' ') !== "'none'") found.push('frame-ancestors is not none');
  return found;
}

/**
 * Inline code in an extension page's HTML: script elements without `src`, event-handler and style attributes.
 */
export function inlineCodeIn(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (!/\ssrc=/i.test(attributes) || (match[2] ?? '').trim())
      found.push(`inline script: ${match[0].slice(0, 60)}`);
    const src = /\ssrc="?([^"\s>]+)/i.exec(attributes)?.[1];
    if (src && /^(https?:)?\/\//i.test(src)) found.push(`remote script ${src}`);
  }
  for (const tag of html.matchAll(/<[a-z][^>]*>/gi)) {
    for (const attribute of tag[0].matchAll(/\s(on[a-z]+|style)\s*=/gi))
      found.push(`${attribute[1]} attribute`);
  }
  if (/javascript:/i.test(html)) found.push('javascript: URL');
  return found;
}

/** Ways a bundle could turn text into code or load code from elsewhere. */
export const CODE_FROM_TEXT: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['eval()', /(^|[^\w$.])eval\s*\(/],
  ['new Function()', /new\s+Function\s*\(/],
  ['Function("…")', /(^|[^\w$.])Function\s*\(\s*["'`]/],
  ['string timer', /set(Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts()', /importScripts\s*\(/],
  ['remote import()', /import\s*\(\s*["'`](https?:)?\/\//],
];
