/**
 * The second reference for the popup's first paint: the popup's first screen, as it drew it, saved as a
 * static extension page with the same stylesheet and no app code. Its list is laid out as soon as the
 * browser has parsed it, so the popup's figure minus this one is what the popup's own code costs
 * (fetching and running its script, rendering); this one minus the empty page is what the browser
 * needs to lay out that much content at all.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const STATIC_SCREEN = {
  path: 'static-first-screen.html',
  script: 'static-first-screen.js',
  mark: 'bench:static-first-screen-laid-out',
} as const;

export interface ScreenCopy {
  html: string;
  lang: string;
  /** Inline styles (the list's height), by `data-bench-style` index: the CSP refuses them as attributes. */
  styles: string[];
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The markup, language and inline styles of a popup page showing its list. */
export async function popupFirstScreen(popup: Page): Promise<ScreenCopy> {
  return popup.evaluate(() => {
    const copy = document.getElementById('app')?.cloneNode(true) as HTMLElement | undefined;
    const styles: string[] = [];
    for (const el of copy?.querySelectorAll('[style]') ?? []) {
      el.setAttribute('data-bench-style', String(styles.push(el.getAttribute('style') ?? '') - 1));
      el.removeAttribute('style');
    }
    return { html: copy?.innerHTML ?? '', lang: document.documentElement.lang, styles };
  });
}

/**
 * Writes the static page into the extension's directory (an unpacked extension's files are read when asked
 * for), with the popup's own <style> element: the same text, so the CSP's hash allows it here too.
 */
export function writeStaticScreen(extensionDir: string, screen: ScreenCopy): void {
  const style = /<style>[\s\S]*?<\/style>/.exec(readFileSync(join(extensionDir, 'popup.html'), 'utf8'))?.[0];
  if (!style) throw new Error('the built popup.html has no <style> element to copy');
  writeFileSync(
    join(extensionDir, STATIC_SCREEN.path),
    `<!doctype html><html lang="${escapeAttribute(screen.lang)}"><head><meta charset="utf-8"><title>static first screen</title>${style}</head><body><div id="app">${screen.html}</div><script type="module" src="${STATIC_SCREEN.script}"></script></body></html>\n`,
  );
  // Styles through the CSSOM, as the popup sets them; then laid out before the mark, as the popup's list
  // is when it marks its first render.
  writeFileSync(
    join(extensionDir, STATIC_SCREEN.script),
    [
      `const styles = ${JSON.stringify(screen.styles)};`,
      `for (const el of document.querySelectorAll('[data-bench-style]')) el.style.cssText = styles[Number(el.dataset.benchStyle)];`,
      'void document.body.offsetHeight;',
      `performance.mark(${JSON.stringify(STATIC_SCREEN.mark)});`,
      '',
    ].join('\n'),
  );
}
