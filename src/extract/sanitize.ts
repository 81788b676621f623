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
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'small',
    'mark',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'a',
    'img',
    'figure',
    'figcaption',
    'picture',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'pre',
    'code',
    'hr',
    'span',
    'div',
  ],
  attributes: [
    'href',
    'title',
    'src',
    'alt',
    'width',
    'height',
    'colspan',
    'rowspan',
    'start',
    'rel',
    'target',
  ],
  /** `h1` is the record's title; a second one in the body would compete with it, so it becomes `h2`. */
  renamed: { center: 'div', h1: 'h2' } as Record<string, string>,
  hrefSchemes: /^(https?|mailto):/i,
  /** Raster only: an SVG data URL can carry script. */
  srcSchemes: /^(https?:|data:image\/(png|jpe?g|gif|webp|avif|bmp);)/i,
  linkRel: 'noopener noreferrer',
} as const;

const CONFIG: Config = {
  // `body` is DOMPurify's own parse root, never in the output (it serializes the body's inside). Left off
  // the list, DOMPurify "removes" it and first deep-copies its whole content to hoist, a copy nothing reads.
  ALLOWED_TAGS: [...POLICY.tags, 'body'],
  ALLOWED_ATTR: [...POLICY.attributes],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Scheme checks happen in the hook below, per attribute; this only stops DOMPurify's own default list.
  ALLOWED_URI_REGEXP: /^(https?:|mailto:|data:image\/|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // The body of DOMPurify's own inert document: callers read text and images from it without parsing
  // the string again, and `innerHTML` of it is exactly what the string mode would return.
  RETURN_DOM: true,
};

/**
 * The policy in the form the serializer needs: it writes only what DOMPurify would keep, so DOMPurify
 * (still the judge) checks a small clean string instead of the page's markup.
 */
export const SANITIZE_POLICY = {
  tags: new Set<string>(POLICY.tags),
  attributes: new Set<string>(POLICY.attributes),
  /** Own keys only: a hostile `<constructor>` element must not find Object's members. */
  renamed: (tag: string): string | undefined =>
    Object.hasOwn(POLICY.renamed, tag) ? POLICY.renamed[tag] : undefined,
  /**
   * Elements removed with everything inside them: DOMPurify's default FORBID_CONTENTS, plus `object` and
   * `embed`, whose fallback text is a plug-in notice, never the article.
   * Other unknown elements are unwrapped.
   */
  dropsContent: new Set([
    'annotation-xml',
    'audio',
    'colgroup',
    'desc',
    'foreignobject',
    'head',
    'iframe',
    'math',
    'mi',
    'mn',
    'mo',
    'ms',
    'mtext',
    'noembed',
    'noframes',
    'noscript',
    'object',
    'embed',
    'plaintext',
    'script',
    'selectedcontent',
    'style',
    'svg',
    'template',
    'title',
    'video',
    'xmp',
  ]),
} as const;

const RENAME = new RegExp(`<(/?)(${Object.keys(POLICY.renamed).join('|')})\\b`, 'gi');

/**
 * One instance per window (DOMPurify binds to one realm's DOM classes), its configuration set once:
 * passing it to every `sanitize` call re-parses it, which costs more than sanitizing a short article.
 */
interface Sanitizer {
  purify: DOMPurify;
  base: { url?: string };
}
const instances = new WeakMap<object, Sanitizer>();

function absolute(value: string, base: string | undefined): string | undefined {
  try {
    return base ? new URL(value, base).href : new URL(value).href;
  } catch {
    return undefined; // relative with no base: it would resolve against the extension's own origin
  }
}

function createSanitizer(win: Window & typeof globalThis, base: { url?: string }): DOMPurify {
  const purify = createDOMPurify(win);
  // DOMPurify hands back its input untouched when it cannot run (e.g. a page clobbered `document.defaultView`
  // with `<img name="defaultView">` and this is not a real window): fail closed instead.
  if (!purify.isSupported) throw new TypeError('sanitizer cannot run: not a window with a DOM');
  purify.setConfig(CONFIG);
  purify.addHook('afterSanitizeAttributes', (el) => {
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

function instanceFor(win: Window & typeof globalThis): Sanitizer {
  let entry = instances.get(win);
  if (entry) return entry;
  const base: { url?: string } = {};
  entry = { purify: createSanitizer(win, base), base };
  instances.set(win, entry);
  return entry;
}

/**
 * Sanitizes `html` and returns it as the body element of DOMPurify's own inert document, so the caller
 * can read its text and images without parsing the string again.
 * @param win the window whose DOM parses the HTML (the page's in a content script, jsdom's in the CLI).
 * @param baseUrl resolves relative links and images; without it relative URLs are dropped.
 */
export function sanitizeToElement(
  html: string,
  win: Window & typeof globalThis,
  baseUrl?: string,
): HTMLElement {
  const { purify, base } = instanceFor(win);
  base.url = baseUrl;
  const renamed = html.replace(
    RENAME,
    (_m, slash: string, tag: string) => `<${slash}${POLICY.renamed[tag.toLowerCase()]}`,
  );
  // RETURN_DOM is in the configuration set above; DOMPurify's types only know the per-call form.
  return purify.sanitize(renamed) as unknown as HTMLElement;
}

/** Cleans untrusted article HTML into a string; same arguments as `sanitizeToElement`. */
export function sanitizeHtml(html: string, win: Window & typeof globalThis, baseUrl?: string): string {
  return sanitizeToElement(html, win, baseUrl).innerHTML;
}
