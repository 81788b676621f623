/**
 * Issue #7 §2: extension pages keep a strict CSP: no inline script, no eval, no remote code. The built
 * files are read as shipped, then one real Chromium shows that the policy is in force.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestFor } from '../../build/manifest-for.ts';
import { CODE_FROM_TEXT, cspWeaknesses, inlineCodeIn, parseCsp } from '../unit/security/csp-policy.ts';
import { DIST, launchExtension, type ExtensionSession } from '../../testkit/browser/extension.ts';
import { watchPages, type PageWatch } from './harness/hostile.ts';

type Manifest = { content_security_policy?: { extension_pages?: string; sandbox?: string } } & Record<
  string,
  unknown
>;

const filesIn = (dir: string, ext: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .map((name) => join(dir, name));

describe('the shipped files', () => {
  const built = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest;

  it('declare a strict extension-page CSP, for Chromium and for Firefox', () => {
    for (const manifest of [built, manifestFor('firefox') as Manifest]) {
      const policy = manifest.content_security_policy?.extension_pages;
      expect(policy).toBeTypeOf('string');
      expect(cspWeaknesses(policy!)).toEqual([]);
      expect(manifest.content_security_policy?.sandbox).toBeUndefined();
    }
  });

  it('let no web page message the extension or embed its pages', () => {
    expect(built.externally_connectable).toBeUndefined();
    expect(built.web_accessible_resources).toBeUndefined();
  });

  it('have no inline script, handler or style attribute in any HTML page', () => {
    const pages = filesIn(DIST, '.html');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(inlineCodeIn(readFileSync(page, 'utf8')), page).toEqual([]);
  });

  it("carry each page's stylesheet inside it, and the policy allows exactly those stylesheets", () => {
    const hashes = filesIn(DIST, '.html').map((page) => {
      const styles = [...readFileSync(page, 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)];
      expect(styles, page).toHaveLength(1);
      return `'sha256-${createHash('sha256').update(styles[0]![1]!, 'utf8').digest('base64')}'`;
    });
    const styleSources = parseCsp(built.content_security_policy!.extension_pages!).get('style-src');
    expect(new Set(styleSources)).toEqual(new Set(hashes));
    expect(filesIn(DIST, '.css')).toEqual([]);
  });

  it('turn no text into code and load no code from elsewhere in any bundle', () => {
    const bundles = filesIn(DIST, '.js');
    expect(bundles.length).toBeGreaterThanOrEqual(4);
    for (const bundle of bundles) {
      const source = readFileSync(bundle, 'utf8');
      for (const [name, pattern] of CODE_FROM_TEXT)
        expect(pattern.test(source), `${name} in ${bundle}`).toBe(false);
    }
  });

  it('the checks catch what they look for', () => {
    expect(
      cspWeaknesses("script-src 'self' 'unsafe-eval' https://cdn.example; object-src 'none'"),
    ).toHaveLength(5);
    expect(inlineCodeIn('<script>alert(1)</script><div onclick="x()" style="color:red"></div>')).toHaveLength(
      3,
    );
    const caught = (code: string) =>
      CODE_FROM_TEXT.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
    expect(caught('x=eval("1");new Function("a");setTimeout("go()")')).toEqual([
      'eval()',
      'new Function()',
      'Function("…")',
      'string timer',
    ]);
    expect(caught('x.evaluate(1);retrieval(2);myFunction("a")')).toEqual([]);
  });
});

describe('in Chromium, the policy is in force on extension pages', () => {
  let session: ExtensionSession;
  let watch: PageWatch;

  beforeAll(async () => {
    session = await launchExtension();
    watch = watchPages(session.context);
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const path of ['reader.html?id=missing', 'popup.html?view=library', 'options.html']) {
    it(`${path.split('?')[0]} refuses inline script, handlers, eval and any inline style but its own`, async () => {
      const page = await session.context.newPage();
      await page.goto(session.url(path));
      await page.locator('#app > *').first().waitFor();
      const refusalsBefore = watch.cspRefusals.length;
      const outcome = await page.evaluate(async () => {
        const flags = window as unknown as Record<string, unknown>;
        const script = document.createElement('script');
        script.textContent = 'window.__jb_inline = true';
        document.body.append(script);
        document.body.insertAdjacentHTML(
          'beforeend',
          '<img src="data:," onerror="window.__jb_handler = true">',
        );
        // The page's own <style> is allowed by its hash; another is not.
        const ownStyle =
          document.querySelector<HTMLStyleElement>('head > style')?.sheet?.cssRules.length ?? 0;
        const style = document.createElement('style');
        style.textContent = 'body { outline: 7px solid red; }';
        document.head.append(style);
        const injectedStyle = getComputedStyle(document.body).outlineWidth === '7px';
        // DevTools evaluation is exempt from the eval check, so eval is tried later, from a timer callback.
        setTimeout(() => {
          try {
            (0, eval)('1');
            flags.__jb_eval = 'ran';
          } catch (error) {
            flags.__jb_eval = (error as Error).name;
          }
        }, 0);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return {
          inline: flags.__jb_inline ?? false,
          handler: flags.__jb_handler ?? false,
          evalResult: flags.__jb_eval,
          ownStyle: ownStyle > 0,
          injectedStyle,
        };
      });
      expect(outcome).toEqual({
        inline: false,
        handler: false,
        evalResult: 'EvalError',
        ownStyle: true,
        injectedStyle: false,
      });
      expect(watch.cspRefusals.length - refusalsBefore).toBeGreaterThanOrEqual(3);
      await page.close();
    });
  }
});
