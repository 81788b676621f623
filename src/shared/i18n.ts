import en from '../../_locales/en/messages.json';

/** Every user-visible string has a key in `_locales/<lang>/messages.json`; a wrong key is a type error. */
export type MessageKey = keyof typeof en;

type Substitutions = string | string[] | undefined;

/** English fallback for Node (CLI, unit tests), where there is no `chrome.i18n`. */
function fromEnglish(key: MessageKey, substitutions: Substitutions): string {
  const entry: { message: string; placeholders?: Record<string, { content: string }> } = en[key];
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name]?.content ?? '';
    const index = Number(content.replace('$', '')) - 1;
    return subs[index] ?? '';
  });
}

/** The message for `key` in the browser's UI language (zh_CN or en). */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  const i18n = globalThis.chrome?.i18n;
  const message = i18n?.getMessage ? i18n.getMessage(key, substitutions) : '';
  return message || fromEnglish(key, substitutions);
}
