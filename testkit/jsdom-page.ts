/**
 * A page parsed in jsdom the way the benchmarks, the reports and the corpus tests read pages. jsdom parses
 * less of CSS than browsers do and says so for every style sheet it gives up on: on Readability's test
 * pages that is a hundred lines of `Could not parse CSS stylesheet` between a benchmark's figures.
 * Every other complaint of jsdom's still reaches the console.
 */
import { JSDOM, VirtualConsole, type JSDOMError } from 'jsdom';

const REPORTED: JSDOMError[] = ['unhandled-exception', 'not-implemented', 'resource-loading'];

export function jsdomPage(html: string, url: string): JSDOM {
  const virtualConsole = new VirtualConsole().forwardTo(console, { jsdomErrors: REPORTED });
  return new JSDOM(html, { url, virtualConsole });
}
