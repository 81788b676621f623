/**
 * Layout rules a person notices when they break, measured in the page: controls that overlap, a checkbox
 * away from its words, a page that scrolls sideways, a toolbar that takes too many rows. Each check returns
 * its findings as sentences, so a test expects `[]` and a failure says what is wrong where.
 */
import type { Page } from 'playwright-core';

/** What a person aims at with a pointer. */
const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea';

/**
 * Pairs of visible controls under `scopes` whose boxes intersect (by more than 1 px each way, so joined
 * buttons that share an edge pass). Each line box of a wrapped link counts on its own.
 */
export function overlappingControls(page: Page, scopes: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ({ scopes, selector }) => {
      const name = (el: Element): string =>
        el instanceof HTMLInputElement
          ? `input[name=${el.name}]`
          : `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      // Visually hidden controls (a 1 px clipped box, or opacity 0) take no room a person can hit.
      const boxes = (el: Element): DOMRect[] =>
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
          ? [...el.getClientRects()].filter((r) => r.width > 1 && r.height > 1)
          : [];
      const controls = scopes
        .flatMap((scope) => [...document.querySelectorAll(`${scope} :is(${selector})`)])
        .filter((el, i, all) => all.indexOf(el) === i)
        .map((el) => ({ el, rects: boxes(el) }))
        .filter((c) => c.rects.length > 0);
      const found: string[] = [];
      for (const [i, a] of controls.entries())
        for (const b of controls.slice(i + 1)) {
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const hit = a.rects.some((ra) =>
            b.rects.some(
              (rb) =>
                Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1 &&
                Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1,
            ),
          );
          if (hit) found.push(`${name(a.el)} overlaps ${name(b.el)}`);
        }
      return found;
    },
    { scopes: [...scopes], selector: CONTROLS },
  );
}

/** How far a checkbox or radio may sit from the nearest thing its label shows on the same line. */
const MAX_GAP_PX = 16;

/**
 * Visible checkboxes and radios under `scope` that have no label, lie outside their label's box, or do not
 * sit beside their words: on one line with some of the label's content, at most `MAX_GAP_PX` away.
 */
export function looseCheckboxes(page: Page, scope: string): Promise<string[]> {
  return page.evaluate(
    ({ scope, maxGap }) => {
      const found: string[] = [];
      const inputs = document.querySelectorAll<HTMLInputElement>(
        `${scope} input[type="checkbox"], ${scope} input[type="radio"]`,
      );
      for (const input of inputs) {
        const box = input.getBoundingClientRect();
        if (!input.checkVisibility({ opacityProperty: true }) || box.width <= 1 || box.height <= 1) continue;
        const label = input.labels?.[0];
        const what = `${input.type} ${input.name}=${input.value}`;
        if (!label) {
          found.push(`${what} has no label`);
          continue;
        }
        const outer = label.getBoundingClientRect();
        if (
          box.left < outer.left - 1 ||
          box.right > outer.right + 1 ||
          box.top < outer.top - 1 ||
          box.bottom > outer.bottom + 1
        )
          found.push(`${what} lies outside its label's box`);
        // What the label shows besides the input: its text, line by line, and its other elements.
        const shown: DOMRect[] = [];
        const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          shown.push(...range.getClientRects());
        }
        for (const child of label.querySelectorAll('*'))
          if (child !== input && !child.contains(input)) shown.push(child.getBoundingClientRect());
        const gaps = shown
          .filter((r) => r.width > 0 && Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top) > 0)
          .map((r) => (r.left >= box.right ? r.left - box.right : box.left - r.right))
          .filter((gap) => gap >= -1);
        if (gaps.length === 0) found.push(`${what} is not on a line with its words`);
        else if (Math.min(...gaps) > maxGap)
          found.push(`${what} is ${Math.round(Math.min(...gaps))} px from its words`);
      }
      return found;
    },
    { scope, maxGap: MAX_GAP_PX },
  );
}

/** How many CSS pixels the page can scroll sideways (0 when everything fits). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The visible controls under `scope`, grouped into rows by their vertical centres, top to bottom. */
export function controlRows(page: Page, scope: string): Promise<string[][]> {
  return page.evaluate(
    ({ scope, selector }) => {
      const rows: Array<{ centre: number; half: number; names: string[] }> = [];
      const controls = [...document.querySelectorAll(`${scope} :is(${selector})`)]
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ el, box }) => el.checkVisibility() && box.width > 1 && box.height > 1)
        .sort((a, b) => a.box.top - b.box.top);
      for (const { el, box } of controls) {
        const centre = (box.top + box.bottom) / 2;
        const row = rows.find((r) => Math.abs(r.centre - centre) < r.half);
        const name = el.className || el.tagName.toLowerCase();
        if (row) row.names.push(name);
        else rows.push({ centre, half: box.height / 2, names: [name] });
      }
      return rows.map((r) => r.names);
    },
    { scope, selector: CONTROLS },
  );
}

/** The left and right edges of an element's content box (inside its padding). */
export function contentEdges(page: Page, selector: string): Promise<{ left: number; right: number }> {
  return page.$eval(selector, (el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      left: box.left + parseFloat(style.paddingLeft),
      right: box.right - parseFloat(style.paddingRight),
    };
  });
}

/** The smallest and largest x of the visible controls under `scope`. */
export function controlsSpan(page: Page, scope: string): Promise<{ left: number; right: number }> {
  return page.evaluate(
    ({ scope, selector }) => {
      const boxes = [...document.querySelectorAll(`${scope} :is(${selector})`)]
        .filter((el) => el.checkVisibility())
        .map((el) => el.getBoundingClientRect())
        .filter((box) => box.width > 1 && box.height > 1);
      return {
        left: Math.min(...boxes.map((b) => b.left)),
        right: Math.max(...boxes.map((b) => b.right)),
      };
    },
    { scope, selector: CONTROLS },
  );
}

/** The shortest distance between the boxes of two elements (0 when they touch or overlap). */
export function distanceBetween(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([a, b]) => {
      const ra = document.querySelector(a)!.getBoundingClientRect();
      const rb = document.querySelector(b)!.getBoundingClientRect();
      const dx = Math.max(0, rb.left - ra.right, ra.left - rb.right);
      const dy = Math.max(0, rb.top - ra.bottom, ra.top - rb.bottom);
      return Math.hypot(dx, dy);
    },
    [a, b] as const,
  );
}
