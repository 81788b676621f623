/** What the layout adapters read the same way: an element's text and a labelled source line. */

/** An element's text with whitespace runs collapsed to one space; '' when there is no element. */
export const textOf = (el: Element | null | undefined): string =>
  el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A source element's text without the `来源：` label some layouts print inside it. */
export const withoutSourceLabel = (text: string): string => text.replace(/^来源\s*[:：]\s*/, '');
