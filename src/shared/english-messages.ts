/** English wording from `_locales/en` for Node, where there is no `chrome.i18n`: the CLI and the unit tests. */
import en from '../../_locales/en/messages.json';
import { setMessageFallback, type MessageKey, type Substitutions } from './i18n.ts';

/** `chrome.i18n.getMessage` as the browser does it: named placeholders → `$1`… → substitutions. */
export function englishMessage(key: MessageKey, substitutions: Substitutions): string {
  const entry: { message: string; placeholders?: Record<string, { content: string }> } = en[key];
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name]?.content ?? '';
    const index = Number(content.replace('$', '')) - 1;
    return subs[index] ?? '';
  });
}

export function installEnglishMessages(): void {
  setMessageFallback(englishMessage);
}
