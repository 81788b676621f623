/**
 * The command line's DOM: a page parsed as a browser would, into a DOM light enough for 5 MB pages.
 *
 * jsdom implements the whole DOM in JavaScript and costs tens of microseconds per node: a 5 MB news page
 * took it about 3 s to parse and 10–15 s to extract. linkedom is a much lighter DOM (the same page parses
 * in a quarter of a second and extracts in about two), but it does not build the tree by the HTML
 * standard's rules (implied end tags, misnested tags). So parse5, the standard's parser (jsdom's own),
 * reads the page and writes it back out with every tag explicit, and linkedom reads that: the tree is
 * the browser's. DOMPurify does not support linkedom, so the body is sanitized in a jsdom window
 * (`sanitizerWindow`): the one security pass runs on the DOM it is tested on.
 *
 * Where linkedom differs from a browser in what extraction reads, it is corrected below, once for each
 * linkedom a process loads.
 * The unit test `page-dom.test.ts` runs the fixtures and Readability's test pages through both DOMs and
 * fails on any difference.
 */
import { createRequire } from 'node:module';
import { Node as LinkedomNode, parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { definingProto } from '../extract/dom.ts';

/**
 * The address a document was read from; on the document object, so that its copies can carry it.
 * Registered symbols: two copies of this module in one process (the CLI's bundle beside its sources, as
 * the unit tests load them) patch the one linkedom, so they must read and write the same keys.
 */
const PAGE_URL: unique symbol = Symbol.for('jianbao.pageUrl');
/** Set on linkedom's document prototype once it is corrected, so no copy of this module wraps it twice. */
const CORRECTED: unique symbol = Symbol.for('jianbao.linkedomCorrected');
type WithUrl = { [PAGE_URL]?: string };

function pageUrlOf(doc: Document): string {
  return (doc as Document & WithUrl)[PAGE_URL] ?? '';
}

/** The page's `<base href>` resolved against its address, as browsers resolve relative links. */
function baseUrlOf(doc: Document): string {
  const url = pageUrlOf(doc);
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return url;
  try {
    return new URL(href, url || undefined).href;
  } catch {
    return url;
  }
}

function defineGetter(proto: object, name: string, get: (this: never) => unknown): void {
  Object.defineProperty(proto, name, { get, configurable: true });
}

/** Brings linkedom's documents in line with a browser's where extraction depends on it. */
function correctLinkedom(doc: Document): void {
  const docProto = Object.getPrototypeOf(doc) as Document;
  if (Object.hasOwn(docProto, CORRECTED)) return;
  Object.defineProperty(docProto, CORRECTED, { value: true });
  // An HTML document's createElement lowercases the name (Readability creates `DIV`s, and extraction
  // compares `localName` with lowercase names); linkedom keeps the case given.
  const createElement = Reflect.get(docProto, 'createElement');
  Object.defineProperty(docProto, 'createElement', {
    value(this: Document, name: string, options?: ElementCreationOptions) {
      return createElement.call(this, String(name).toLowerCase(), options);
    },
    configurable: true,
    writable: true,
  });
  // A copy of the page (Readability works on one) keeps the page's address.
  const cloneNode = Reflect.get(docProto, 'cloneNode');
  Object.defineProperty(docProto, 'cloneNode', {
    value(this: Document, deep?: boolean) {
      const copy = cloneNode.call(this, deep) as Document & WithUrl;
      copy[PAGE_URL] = pageUrlOf(this);
      return copy;
    },
    configurable: true,
    writable: true,
  });
  // linkedom has no document address: links are resolved against `baseURI` (Readability, clean.ts).
  defineGetter(docProto, 'documentURI', function (this: Document) {
    return pageUrlOf(this);
  });
  defineGetter((LinkedomNode as { prototype: object }).prototype, 'baseURI', function (this: Node) {
    const doc = this.nodeType === 9 ? (this as Document) : this.ownerDocument;
    return doc ? baseUrlOf(doc) : '';
  });
  // `getElementsByTagName('*')` is every element below, as in a browser (Readability's and Jianbao's
  // too-large guards count them); linkedom's finds none. Documents and elements may share the method.
  const owners = new Set(
    [doc, doc.documentElement].map((node) => definingProto(node, 'getElementsByTagName')),
  );
  for (const proto of owners) {
    if (!proto) continue;
    const byTag = Reflect.get(proto, 'getElementsByTagName') as (name: string) => unknown;
    Object.defineProperty(proto, 'getElementsByTagName', {
      value(this: ParentNode, name: string) {
        return name === '*' ? this.querySelectorAll('*') : byTag.call(this, name);
      },
      configurable: true,
      writable: true,
    });
  }
  // `document.title` is the first HTML `<title>`, not an SVG's `<title>` (linkedom takes any).
  defineGetter(docProto, 'title', function (this: Document) {
    for (const el of this.querySelectorAll('title'))
      if (!el.closest('svg')) return (el.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').trim();
    return '';
  });
}

/** Parses `html` read from `url` (a file: URL until the page's own address is known). */
export function parsePage(html: string, url: string): Document {
  const { document } = parseHTML(serialize(parse(html)));
  const doc = document as unknown as Document & WithUrl;
  // linkedom's parser splits text at every character reference (`a &amp; b` is three text nodes); a
  // browser's is one, and cleaning reads a block's first text node for its indent.
  doc.documentElement.normalize();
  correctLinkedom(doc);
  doc[PAGE_URL] = url;
  return doc;
}

/** Re-addresses a parsed page, once its own address is found in it. */
export function setPageUrl(doc: Document, url: string): void {
  (doc as Document & WithUrl)[PAGE_URL] = url;
}

/**
 * A window DOMPurify supports, for the sanitize pass; one per process is enough. jsdom is loaded here, on
 * first use, not with this module: loading it takes most of a second, which `--help`, `--version`, a
 * refused file and a page without an article need not wait for.
 */
let sanitizer: (Window & typeof globalThis) | undefined;
export function sanitizerWindow(): Window & typeof globalThis {
  if (!sanitizer) {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
    sanitizer = new JSDOM('').window as unknown as Window & typeof globalThis;
  }
  return sanitizer;
}
