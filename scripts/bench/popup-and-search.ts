/**
 * The popup's first list render and indexed search, timed as bench:store times them; bench:sync uses
 * them to compare one profile with sync off and then on.
 */
import type { Page } from 'playwright-core';
import { callBench, type BenchSession } from '../../testkit/browser/bench-dist.ts';
import { LIST_RENDERED_MARK } from '../../popup/list-mark.ts';
import { SEARCH_UI } from '../../popup/use-search.ts';

/** Milliseconds from navigation start to a mark, or to a paint entry once the page has one. */
export async function entryTime(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction(
    (entry) => performance.getEntriesByName(entry)[0]?.startTime,
    name,
  );
  return (await handle.jsonValue()) as number;
}

/** Opens the popup's library once: the time to its first list render. */
export async function popupListTime(session: BenchSession): Promise<number> {
  const popup = await session.context.newPage();
  await popup.goto(session.url('popup.html?view=library'));
  const ms = await entryTime(popup, LIST_RENDERED_MARK);
  // Closed once the whole list is in: closing mid-read would leave its work to the next open.
  await popup.locator('.library[aria-busy="false"]').waitFor();
  await popup.close();
  return ms;
}

/**
 * Opens the popup's library `opens` times; the time to its first list render each time. One open before
 * them is not counted: the first open of a session compiles the popup's code and keeps no copy yet.
 */
export async function popupListTimes(session: BenchSession, opens: number): Promise<number[]> {
  await popupListTime(session);
  const times: number[] = [];
  for (let i = 0; i < opens; i++) times.push(await popupListTime(session));
  return times;
}

/** One query through the index as the popup asks it: milliseconds. */
export async function searchTime(session: BenchSession, query: string): Promise<number> {
  return (await callBench(session.bench, 'time', [query], 'index', SEARCH_UI.limit)).ms[0]!;
}

/** One warm-up query, then each of `queries` through the index as the popup asks: milliseconds each. */
export async function searchTimes(session: BenchSession, queries: string[]): Promise<number[]> {
  await callBench(session.bench, 'time', queries.slice(0, 1), 'index', SEARCH_UI.limit);
  return (await callBench(session.bench, 'time', queries, 'index', SEARCH_UI.limit)).ms;
}
