/**
 * How fast the queue goes, from its last pages: how long a page holds its slot (load, extraction and
 * save), and how many pages end per second, for "about 2 h left". Pure, over the times it is given.
 */

/** Enough pages to smooth one slow page out, few enough to follow a change of pace. */
const WINDOW = 20;

export class Pace {
  private readonly pages: Array<{ startedAt: number; endedAt: number }> = [];

  record(startedAt: number, endedAt: number): void {
    this.pages.push({ startedAt, endedAt });
    if (this.pages.length > WINDOW) this.pages.shift();
  }

  /** Mean time a page held its slot, in ms; undefined before the first page. */
  pageMs(): number | undefined {
    if (!this.pages.length) return undefined;
    return this.pages.reduce((sum, page) => sum + page.endedAt - page.startedAt, 0) / this.pages.length;
  }

  /** Pages ended per second over the window; undefined before the second page. */
  perSecond(): number | undefined {
    const first = this.pages[0];
    const last = this.pages.at(-1);
    if (!first || !last || this.pages.length < 2 || last.endedAt <= first.endedAt) return undefined;
    return (this.pages.length - 1) / ((last.endedAt - first.endedAt) / 1000);
  }
}
