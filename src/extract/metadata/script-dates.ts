/**
 * Publish times that portals keep only in inline scripts: `var publishTime = "2021-12-22 14:06:54"`,
 * `"pubtime":"2021-12-22 14:06"`, `ptime: '…'`, or `time: '…'` in a page-data object
 * (`window.DATA = { title: …, time: … }`).
 */
import { type DateContext, type DateReading, readDate, readEpoch } from './dates.ts';

const SCRIPT_DATE_RULES = {
  /**
   * A publish-time key and its value, quoted or a bare Unix time. The key starts a word, so `updateTime`,
   * `serverTime` and `update_time` are not read.
   */
  assignment:
    /(?<![\w$])["']?(publish_?time|publish_?date|pub_?time|pub_?date|ptime|time)["']?\s*[:=]\s*(?:"([^"\n]{6,40})"|'([^'\n]{6,40})'|(\d{10}(?:\d{3})?)\b)/gi,
  /** `time` alone is a common word: only a quoted date counts for it, never a bare number. */
  genericKey: 'time',
  /** Scripts longer than this are libraries, not page data. */
  maxScriptChars: 200_000,
} as const;

export interface ScriptDates {
  /** From a key that says publish (`publishTime`, `pubtime`, `ptime`, …), first on the page. */
  publish?: DateReading;
  /** From a bare `time` key. */
  time?: DateReading;
}

/** The publish times in the page's inline scripts (JSON-LD is read elsewhere). */
export function readScriptDates(doc: Document, ctx: DateContext): ScriptDates {
  const found: ScriptDates = {};
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const type = script.getAttribute('type');
    if (type && !/javascript|json|module/i.test(type)) continue;
    if (type && /ld\+json/i.test(type)) continue;
    const text = script.textContent ?? '';
    if (text.length > SCRIPT_DATE_RULES.maxScriptChars) continue;
    for (const m of text.matchAll(SCRIPT_DATE_RULES.assignment)) {
      const key = m[1]!.toLowerCase();
      const quoted = m[2] ?? m[3];
      const generic = key === SCRIPT_DATE_RULES.genericKey;
      if (generic && (found.time || !quoted)) continue;
      if (!generic && found.publish) continue;
      const value = quoted ? (readEpoch(quoted.trim(), ctx) ?? readDate(quoted, ctx)) : readEpoch(m[4]!, ctx);
      if (!value) continue;
      if (generic) found.time = value;
      else found.publish = value;
    }
    if (found.publish && found.time) break;
  }
  return found;
}
