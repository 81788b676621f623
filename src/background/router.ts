import browser, { type Runtime } from 'webextension-polyfill';
import { failureFromError, type Outcome } from '../shared/failure.ts';
import type { BackgroundMessageType } from '../shared/messages.ts';
import type { Route } from './route.ts';
import { routes } from './routes.ts';

type SenderKind = 'content' | 'extension' | 'unknown';

function senderKind(sender: Runtime.MessageSender): SenderKind {
  if (sender.id !== browser.runtime.id) return 'unknown';
  const extensionOrigin = browser.runtime.getURL('');
  if (sender.url?.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab && sender.url && /^https?:/i.test(sender.url)) return 'content';
  return 'unknown';
}

/** Validates, authorises and dispatches one message; every answer is an Outcome, never a bare throw. */
export async function dispatch(message: unknown, sender: Runtime.MessageSender): Promise<Outcome<unknown>> {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(routes, type)) {
    return { ok: false, error: { code: 'unexpected', detail: 'unknown message' } };
  }
  const route = routes[type as BackgroundMessageType] as unknown as Route<BackgroundMessageType>;
  const kind = senderKind(sender);
  if (kind === 'unknown' || !(route.from as readonly string[]).includes(kind)) {
    return { ok: false, error: { code: 'no-access', detail: `${type} is not accepted from this sender` } };
  }
  const payload = (message as { payload?: unknown }).payload;
  if (!route.isValid(payload))
    return { ok: false, error: { code: 'unexpected', detail: `malformed ${type}` } };
  try {
    return await route.handle(payload, sender);
  } catch (error) {
    return { ok: false, error: failureFromError(error) };
  }
}

export function listenForMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(message, sender),
  );
}
