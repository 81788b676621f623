/**
 * The library's broadcast channel between extension pages and the service worker. Pages write to the
 * store directly and announce it here, so the other open pages refresh (announce-write.ts also tells the
 * worker, with a message that starts it); the worker announces changes that arrived from the sync
 * server, so open pages refresh.
 */

export const LIBRARY_CHANNEL = 'jianbao-library';

export type LibraryMessage =
  /** A page wrote to the store (the outbox holds what changed). */
  | { type: 'library-written' }
  /** The worker applied changes from the sync server to these articles. */
  | { type: 'library-changed'; ids: string[] };

function isLibraryMessage(data: unknown): data is LibraryMessage {
  const type = (data as { type?: unknown } | null)?.type;
  return type === 'library-written' || type === 'library-changed';
}

/** Posts one message to every other context listening (a channel never hears its own posts). */
export function postLibraryMessage(message: LibraryMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.postMessage(message);
  channel.close();
}

/** Calls `listener` for each library message from other contexts; returns the unsubscribe. */
export function onLibraryMessage(listener: (message: LibraryMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isLibraryMessage(event.data)) listener(event.data);
  };
  return () => channel.close();
}
