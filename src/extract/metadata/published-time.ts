/**
 * The publish time of an arbitrary news page, chosen among every reading the page gives: JSON-LD, meta
 * tags, `<time>` elements, inline script variables and the dateline printed under the headline. Readings
 * that agree (the same instant as far as the coarser one tells) vote together; of the readings that agree
 * best, the most precise wins, so a meta `2021-12-22` and a printed `2021-12-22 14:06:54` give the latter.
 */
import { parseIsoWithOffset } from '../../shared/iso-date.ts';
import { type DateContext, type DatePrecision, type DateReading, readDate } from './dates.ts';
import type { NearTitle } from './near-title.ts';
import { readScriptDates } from './script-dates.ts';

const PUBLISHED_RULES = {
  /** `time` elements that say they hold the publish time. */
  publishTimeElement: 'time[itemprop="datePublished"], time[pubdate], time.published, time.dt-published',
  /**
   * A labelled dateline (`发布时间：…`, `时间：…`). The label starts a line or follows a space, so the
   * `时间：` of an update time (`更新时间：`) is not one; update stamps are cut out before an unlabelled read.
   */
  label: /(?:^|[\s|｜])(?:发布|发表|发稿|出版)?(?:时间|日期)\s*[:：]/g,
  updateStamp:
    /(?:更新|修改|编辑)(?:时间|日期)\s*[:：]\s*[\d年月日/.-]+(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/g,
  /**
   * A dateline is a short line of stamps and names; a line with sentence punctuation is article text, and a
   * date in it is about some other event (`2021年12月20日，论坛在广州举行。`).
   */
  maxDatelineChars: 80,
  sentence: /[，。；！？]/,
} as const;

const RANK: Record<DatePrecision, number> = { day: 0, minute: 1, second: 2 };
const FIELDS: Record<DatePrecision, number> = { day: 3, minute: 5, second: 6 };

/** The wall-clock fields of `iso` at another offset. */
function fieldsAt(iso: string, offsetMinutes: number): number[] {
  const p = parseIsoWithOffset(iso)!;
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - p.offsetMinutes * 60_000;
  const wall = new Date(utc + offsetMinutes * 60_000);
  return [
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  ];
}

/** True when `a` and `b` are the same time as far as the coarser of the two tells. */
function agree(a: DateReading, b: DateReading): boolean {
  const coarse = RANK[a.precision] <= RANK[b.precision] ? a : b;
  const offset = parseIsoWithOffset(coarse.iso)!.offsetMinutes;
  const [x, y] = [fieldsAt(a.iso, offset), fieldsAt(b.iso, offset)];
  return x.slice(0, FIELDS[coarse.precision]).every((v, i) => v === y[i]);
}

/** The date on the dateline under the headline: a labelled one first, else the first short stamp line. */
function readDateline(lines: readonly string[], ctx: DateContext): DateReading | undefined {
  const datelines = lines.filter(
    (line) => line.length <= PUBLISHED_RULES.maxDatelineChars && !PUBLISHED_RULES.sentence.test(line),
  );
  for (const line of datelines)
    for (const label of line.matchAll(PUBLISHED_RULES.label)) {
      const value = readDate(line.slice(label.index + label[0].length), ctx);
      if (value) return value;
    }
  for (const line of datelines) {
    const value = readDate(line.replace(PUBLISHED_RULES.updateStamp, ' '), ctx);
    if (value) return value;
  }
  return undefined;
}

const timeValue = (el: Element | null | undefined, ctx: DateContext) =>
  el ? (readDate(el.getAttribute('datetime'), ctx) ?? readDate(el.textContent, ctx)) : undefined;

export interface PublishedSources {
  jsonLd?: string;
  meta?: string;
  near: NearTitle;
}

/**
 * @param sources the JSON-LD `datePublished`, the first publish-time meta value and the text under the
 *   headline, as the page-meta pass has already read them.
 */
export function readPublishedTime(
  doc: Document,
  sources: PublishedSources,
  ctx: DateContext,
): string | undefined {
  const scripts = readScriptDates(doc, ctx);
  // In order of trust: ties between equally agreed readings go to the earlier one.
  const marked = doc.querySelector(PUBLISHED_RULES.publishTimeElement);
  const firstTime = doc.querySelector('time[datetime]');
  // Each element votes once, where it is most trusted.
  const nearTimes = sources.near.times.filter((el) => el !== marked);
  const readings = [
    readDate(sources.jsonLd, ctx),
    readDate(sources.meta, ctx),
    timeValue(marked, ctx),
    scripts.publish,
    readDateline(sources.near.lines, ctx),
    ...nearTimes.map((el) => timeValue(el, ctx)),
    scripts.time,
    firstTime === marked || nearTimes.includes(firstTime!) ? undefined : timeValue(firstTime, ctx),
  ].filter((r): r is DateReading => !!r);
  if (!readings.length) return undefined;
  const votes = readings.map((r) => readings.filter((o) => agree(r, o)).length);
  const leader = readings[votes.indexOf(Math.max(...votes))]!;
  let best = leader;
  for (const r of readings) if (agree(leader, r) && RANK[r.precision] > RANK[best.precision]) best = r;
  return best.iso;
}
