import browser, { type Runtime } from 'webextension-polyfill';
import type { ContentMessageType } from '../shared/messages.ts';
import { routes } from './routes.ts';

/**
 * Validates and dispatches one message to the content script. Anything not from this extension, of
 * an unknown type or with a malformed payload gets no answer (undefined), so it cannot hold the
 * channel open either; only this extension can reach a content script's runtime port, and that is
 * checked anyway, as every receiver does.
 */
export function dispatch(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(routes, type)) return undefined;
  const route = routes[type as ContentMessageType];
  const payload = (message as { payload?: unknown }).payload;
  if (!route.isValid(payload)) return undefined;
  return route.handle(payload);
}

export function listenForMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(message, sender),
  );
}
