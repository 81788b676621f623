import type en from '../../_locales/en/messages.json';

/** Every user-visible string has a key in `_locales/<lang>/messages.json`; a wrong key is a type error. */
export type MessageKey = keyof typeof en;

export type Substitutions = string | string[] | undefined;

/** Words a message where there is no `chrome.i18n`. */
export type MessageLookup = (key: MessageKey, substitutions?: Substitutions) => string;

/**
 * Set in Node only (CLI, unit tests: `english-messages.ts`). The extension's bundles do not carry a
 * message catalogue: the browser words every key from `_locales`, and 15 KB less script is a popup
 * that runs its first line sooner.
 */
let fallback: MessageLookup | undefined;

export function setMessageFallback(lookup: MessageLookup | undefined): void {
  fallback = lookup;
}

/** The message for `key` in the browser's UI language (zh_CN or en). */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  const i18n = globalThis.chrome?.i18n;
  const message = i18n?.getMessage ? i18n.getMessage(key, substitutions) : '';
  return message || (fallback?.(key, substitutions) ?? '');
}
