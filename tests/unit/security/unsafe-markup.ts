/**
 * Lists what would be unsafe in article HTML shown on an extension page. Independent of the sanitizer's own
 * configuration: it states the contract (issue #7) rather than re-reading the policy.
 */

/**
 * Elements a stored body may contain;
 * anything else (script, iframe, svg, form, style, meta, base…) is a finding.
 */
const SAFE_TAGS = new Set([
  'P',
  'BR',
  'STRONG',
  'B',
  'EM',
  'I',
  'U',
  'S',
  'SUB',
  'SUP',
  'SMALL',
  'MARK',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'A',
  'IMG',
  'FIGURE',
  'FIGCAPTION',
  'PICTURE',
  'TABLE',
  'CAPTION',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TH',
  'TD',
  'PRE',
  'CODE',
  'HR',
  'SPAN',
  'DIV',
]);
/** Attributes that can neither run code nor load anything by themselves. */
const SAFE_ATTRIBUTES = new Set([
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
]);
const SAFE_HREF = /^(https?:|mailto:)/i;
const SAFE_SRC = /^(https?:|data:image\/(png|jpe?g|gif|webp|avif|bmp);)/i;

/**
 * @param html the stored `contentHtml`.
 * @param doc any document to parse it in (its scripts never run: the HTML goes into an inert template).
 * @param forbiddenUrlPart a string no loading attribute may contain (the case's beacon path).
 */
export function findUnsafe(html: string, doc: Document, forbiddenUrlPart?: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('<script in the markup');
  const template = doc.createElement('template');
  template.innerHTML = html;
  for (const el of template.content.querySelectorAll('*')) {
    if (!SAFE_TAGS.has(el.nodeName)) found.push(`element ${el.nodeName.toLowerCase()}`);
    for (const { name, value } of [...el.attributes]) {
      if (/^on/i.test(name)) found.push(`handler ${name} on ${el.nodeName.toLowerCase()}`);
      else if (!SAFE_ATTRIBUTES.has(name)) found.push(`attribute ${name} on ${el.nodeName.toLowerCase()}`);
      if (
        // Browsers skip control characters inside a URL's scheme, so the check skips them too.
        // eslint-disable-next-line no-control-regex -- matching control characters is the point here
        /^\W*(javascript|vbscript|data):/i.test(value.replace(/[\s\u0000-\u001f]/g, '')) &&
        !(name === 'src' && SAFE_SRC.test(value))
      ) {
        found.push(`script-capable URL in ${name}: ${value.slice(0, 60)}`);
      }
    }
    const href = el.getAttribute('href');
    if (href !== null && !SAFE_HREF.test(href)) found.push(`href ${href.slice(0, 60)}`);
    const src = el.getAttribute('src');
    if (src !== null && !SAFE_SRC.test(src)) found.push(`src ${src.slice(0, 60)}`);
    if (src && forbiddenUrlPart && src.includes(forbiddenUrlPart)) found.push(`src loads ${src}`);
  }
  return found;
}
