/**
 * The one DOMPurify configuration. Runs before storing and again before rendering, so it is idempotent:
 * its output contains only what it allows, and the attributes it adds are ones it would add again.
 *
 * No `class`, `id` or `style` survive: the reader styles bare elements, and East Money's `em_media`
 * paragraph is turned into `source` by the cleaner before this runs, so keeping that class buys nothing.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

const POLICY = {
  tags: [
    'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark',
    'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'a', 'img', 'figure', 'figcaption', 'picture',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'pre', 'code', 'hr', 'span', 'div',
  ],
  attributes: ['href', 'title', 'src', 'alt', 'width', 'height', 'colspan', 'rowspan', 'start', 'rel', 'target'],
  /** `h1` is the record's title; a second one in the body would compete with it, so it becomes `h2`. */
  renamed: { center: 'div', h1: 'h2' } as Record<string, string>,
  hrefSchemes: /^(https?|mailto):/i,
  /** Raster only: an SVG data URL can carry script. */
  srcSchemes: /^(https?:|data:image\/(png|jpe?g|gif|webp|avif|bmp);)/i,
  linkRel: 'noopener noreferrer',
} as const;

const CONFIG: Config = {
  ALLOWED_TAGS: [...POLICY.tags],
  ALLOWED_ATTR: [...POLICY.attributes],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Scheme checks happen in the hook below, per attribute; this only stops DOMPurify's own default list.
  ALLOWED_URI_REGEXP: /^(https?:|mailto:|data:image\/|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

const IN_PLACE_CONFIG: Config = { ...CONFIG, IN_PLACE: true };

/** Allowed attribute names, for the cheap pre-pass of `sanitizeTree`. */
const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set(POLICY.attributes);
/** Inline wrappers that mean nothing once their attributes are gone (the reader styles bare elements). */
const UNWRAPPED_BARE = new Set(['span', 'font']);

const RENAME = new RegExp(`<(/?)(${Object.keys(POLICY.renamed).join('|')})\\b`, 'gi');

/**
 * Instances are per window (DOMPurify binds to one realm's DOM classes) and per mode, each with its
 * configuration set once: passing it to every `sanitize` call re-parses it, which costs more than
 * sanitizing a short article.
 */
interface Sanitizers { strings: DOMPurify; inPlace: DOMPurify; base: { url?: string } }
const instances = new WeakMap<object, Sanitizers>();

function absolute(value: string, base: string | undefined): string | undefined {
  try {
    return base ? new URL(value, base).href : new URL(value).href;
  } catch {
    return undefined; // relative with no base: it would resolve against the extension's own origin
  }
}

function createSanitizer(win: Window & typeof globalThis, config: Config, base: { url?: string }): DOMPurify {
  const purify = createDOMPurify(win);
  // DOMPurify hands back its input untouched when it cannot run (e.g. a page clobbered `document.defaultView`
  // with `<img name="defaultView">` and this is not a real window): fail closed instead.
  if (!purify.isSupported) throw new TypeError('sanitizer cannot run: not a window with a DOM');
  purify.setConfig(config);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeName === 'A') {
      const href = el.getAttribute('href');
      const abs = href === null ? undefined : absolute(href.trim(), base.url);
      if (abs && POLICY.hrefSchemes.test(abs)) el.setAttribute('href', abs);
      else el.removeAttribute('href');
      el.setAttribute('rel', POLICY.linkRel);
      el.setAttribute('target', '_blank');
    } else {
      el.removeAttribute('rel');
      el.removeAttribute('target');
    }
    if (el.nodeName === 'IMG') {
      const src = el.getAttribute('src')?.trim() ?? '';
      const abs = src.startsWith('data:') ? src : absolute(src, base.url);
      if (abs && POLICY.srcSchemes.test(abs)) el.setAttribute('src', abs);
      else el.remove();
    }
  });
  return purify;
}

function instanceFor(win: Window & typeof globalThis): Sanitizers {
  let entry = instances.get(win);
  if (entry) return entry;
  const base: { url?: string } = {};
  entry = { strings: createSanitizer(win, CONFIG, base), inPlace: createSanitizer(win, IN_PLACE_CONFIG, base), base };
  instances.set(win, entry);
  return entry;
}

/**
 * Cleans untrusted article HTML.
 * @param win the window whose DOM parses the HTML (the page's in a content script, jsdom's in the CLI).
 * @param baseUrl resolves relative links and images; without it relative URLs are dropped.
 */
export function sanitizeHtml(html: string, win: Window & typeof globalThis, baseUrl?: string): string {
  const { strings, base } = instanceFor(win);
  base.url = baseUrl;
  const renamed = html.replace(RENAME, (_m, slash: string, tag: string) => `<${slash}${POLICY.renamed[tag.toLowerCase()]}`);
  return strings.sanitize(renamed);
}

/** Moves `el`'s children in front of it and removes it. */
function unwrap(el: Element): void {
  const parent = el.parentNode!;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
}

/**
 * The same policy applied to a live subtree, without serializing and re-parsing it (a 5 MB body would
 * otherwise be parsed three times). Returns a sanitized `div` holding `root`'s former children.
 *
 * A pre-pass does the cheap part natively: renames, drops attributes the policy never keeps and unwraps
 * spans left bare. DOMPurify, still the only authority on what stays, then walks a smaller tree with
 * little to remove; its per-attribute removal (hooks, bookkeeping) was most of the cost on real pages,
 * whose markup is thick with `class`, `style` and `data-*`.
 */
export function sanitizeTree(root: Element, win: Window & typeof globalThis, baseUrl?: string): Element {
  const { inPlace, base } = instanceFor(win);
  base.url = baseUrl;
  const doc = root.ownerDocument;
  const holder = doc.createElement('div');
  while (root.firstChild) holder.appendChild(root.firstChild);
  // One walk instead of a selector query per renamed tag: the first query on a fresh document costs
  // jsdom ~2 ms, more than sanitizing a whole short article.
  const stack: Element[] = [holder];
  while (stack.length) {
    let el = stack.pop()!;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
    if (el === holder) continue;
    // Own keys only: a hostile `<constructor>` element must not find Object's members.
    const to = Object.hasOwn(POLICY.renamed, el.localName) ? POLICY.renamed[el.localName] : undefined;
    if (to) {
      const renamed = doc.createElement(to);
      while (el.firstChild) renamed.appendChild(el.firstChild);
      el.replaceWith(renamed);
      el = renamed;
    }
    for (let i = el.attributes.length - 1; i >= 0; i--) {
      const name = el.attributes[i]!.name;
      if (!ALLOWED_ATTRIBUTES.has(name)) el.removeAttribute(name);
    }
    if (UNWRAPPED_BARE.has(el.localName) && !el.attributes.length) unwrap(el);
  }
  inPlace.sanitize(holder);
  return holder;
}
