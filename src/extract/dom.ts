/**
 * DOM helpers for extraction that stay cheap on big pages and safe on hostile ones.
 *
 * Pages can clobber `document.implementation` or `document.defaultView` with `<img name="…">` (named
 * properties shadow the built-ins in browsers), so the few document members extraction relies on are read
 * through the prototype chain's own accessors, which no page markup can shadow.
 */

/** The prototype of `obj` that defines `name` itself: where a named property the page adds cannot reach. */
export function definingProto(obj: object, name: string): object | undefined {
  const protoOf = (o: object) => Object.getPrototypeOf(o) as object | null;
  for (let proto = protoOf(obj); proto; proto = protoOf(proto))
    if (Object.getOwnPropertyDescriptor(proto, name)) return proto;
  return undefined;
}

/** The value of the built-in `name` on `obj`, skipping any named property the page put on the instance. */
export function builtIn<T>(obj: object, name: string): T | undefined {
  const proto = definingProto(obj, name);
  // The prototype's accessor runs with `obj` as `this`; a plain value is read as it is.
  return proto ? (Reflect.get(proto, name, obj) as T) : undefined;
}

/** Tree links a walk over the live page follows. */
type TreeLink = 'parentNode' | 'nextSibling' | 'firstChild';

/**
 * The built-in getter of a tree link, for every node of `node`'s DOM. On the live page a form's named
 * controls and images shadow the form's own properties (`form.nextSibling` can be an image inside it),
 * which sends a walk that reads them in circles; the prototype's getter cannot be shadowed.
 */
export function treeLink<K extends TreeLink>(node: Node, name: K): (of: Node) => Node[K] {
  const proto = definingProto(node, name);
  return proto ? (of): Node[K] => Reflect.get(proto, name, of) : (of) => of[name];
}

/** The window whose DOM classes built `doc`; a detached document has none, so the global one stands in. */
export function windowOf(doc: Document): Window & typeof globalThis {
  const view = builtIn<Window | null>(doc, 'defaultView');
  return (view ?? globalThis) as Window & typeof globalThis;
}

/**
 * The `<body>` of a fresh inert document parsed from `html`, for bodies that arrive as HTML strings:
 * nothing in it loads or runs. Parsed by the window's `DOMParser` rather than by assigning `innerHTML`,
 * which Mozilla's add-on linter reports wherever it is assigned.
 */
export function parseInertBody(doc: Document, html: string): HTMLElement {
  const Parser = windowOf(doc).DOMParser;
  return new Parser().parseFromString(html, 'text/html').body;
}

/**
 * True when `el` holds any non-space text. Stops at the first such text node, so an empty placeholder is
 * answered in a few steps and a 5 MB body in one.
 */
export function hasText(el: Element): boolean {
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
    for (let c = node.lastChild; c; c = c.previousSibling)
      if (c.nodeType === 1 || c.nodeType === 3) stack.push(c);
  }
  return false;
}

/**
 * A cheap lower bound of `el`'s serialized length: its text alone. Markup only adds to it, so a page whose
 * text is over a limit is over it for sure; the exact size is known once the sanitized body is serialized.
 */
export function textLowerBound(el: Element): number {
  return el.textContent?.length ?? 0;
}

/** A deep copy of the whole page, for engines that modify what they read (Readability). */
export function cloneDocument(doc: Document): Document {
  const clone = builtIn<(deep: boolean) => Node>(doc, 'cloneNode')!;
  return clone.call(doc, true) as Document;
}

/**
 * True when `el` has a descendant element whose tag is in `tags`. Walks in document order and stops at the
 * first one: a container answers at its first block, a leaf after its few inline nodes. (A selector query
 * per element, `el.querySelector('p, div')`, costs jsdom a pass over the whole subtree each time.)
 */
export function hasDescendant(el: Element, tags: ReadonlySet<string>): boolean {
  for (let at = el.firstElementChild; at && at !== el;) {
    if (tags.has(at.localName)) return true;
    if (at.firstElementChild) {
      at = at.firstElementChild;
      continue;
    }
    while (at && at !== el && !at.nextElementSibling) at = at.parentElement;
    at = at && at !== el ? at.nextElementSibling : null;
  }
  return false;
}
