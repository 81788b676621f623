/**
 * English wording from `_locales/en` for Node, where there is no `chrome.i18n`: the CLI and the unit tests.
 */
import en from '../../_locales/en/messages.json';
import { setMessageFallback, type MessageLookup, type Substitutions } from './i18n.ts';

/** A `messages.json` as read from disk. */
export type MessageCatalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/**
 * `chrome.i18n.getMessage` over one catalogue, as the browser does it: a named placeholder (any case)
 * → its `$1`… content → that substitution; an unknown key words as ''.
 */
export function catalogueLookup(
  catalogue: MessageCatalogue,
): (key: string, substitutions?: Substitutions) => string {
  return (key, substitutions) => {
    const entry = catalogue[key];
    if (!entry) return '';
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toUpperCase()]?.content ?? '';
      return subs[Number(content.slice(1)) - 1] ?? '';
    });
  };
}

export const englishMessage: MessageLookup = catalogueLookup(en);

export function installEnglishMessages(): void {
  setMessageFallback(englishMessage);
}
