import type { ExtractedArticle, ExtractResult, FetchFailure } from './article.ts';
import type { Failure, Outcome } from './failure.ts';
import type { SyncConfig } from '../sync/config.ts';
import type { SyncView } from './sync-view.ts';
import type { QueueView } from './fetch-queue-view.ts';

/** What the library answers after a save. */
export interface SaveReceipt {
  id: string;
  title: string;
  category: string;
  /** false when the article was already in the library and has been updated. */
  created: boolean;
}

/**
 * Messages handled by the background worker: the one place their names and payloads are declared.
 * `from` says who may send it; the router rejects any other sender.
 */
export interface BackgroundMessages {
  /** The content script extracted an article on its own page. */
  saveExtracted: { from: 'content'; request: { article: ExtractedArticle }; response: SaveReceipt };
  /** The popup asks to save what a tab shows. */
  saveTab: { from: 'extension'; request: { tabId: number }; response: SaveReceipt };
  /** Save the page at a URL without leaving the current one (context menu, pasted share links). */
  saveLink: { from: 'extension'; request: { url: string; openInReader?: boolean }; response: SaveReceipt };
  /**
   * Show a saved article in the reader: in a new tab next to the sender, or `inPlace` in the sender's
   * own tab (share pages set to auto-open; Back returns to the page).
   */
  openReader: { from: 'content' | 'extension'; request: { id: string; inPlace?: boolean }; response: null };
  /**
   * Checks the server and turns sync on. An empty password keeps the saved one for the same server and user.
   * A refusal (wrong password, no access…) comes back as the view's `error`, with sync still off.
   */
  syncEnable: { from: 'extension'; request: SyncConfig; response: SyncView };
  /** One sync run now; answers when it is over. */
  syncNow: { from: 'extension'; request: Record<string, never>; response: SyncView };
  /** Turns sync off; the local library stays. */
  syncDisable: { from: 'extension'; request: Record<string, never>; response: SyncView };
  /** The status now; `refresh` also starts a sync run in the background (the popup opening). */
  syncStatus: { from: 'extension'; request: { refresh?: boolean }; response: SyncView };
  /** The fetch queue of imported links: how far it got, and with `failures` the links it could not fetch. */
  queueStatus: { from: 'extension'; request: { failures?: boolean }; response: QueueView };
  /** Stops starting pages; those loading finish. */
  queuePause: { from: 'extension'; request: Record<string, never>; response: QueueView };
  /** Continues a paused queue, or starts over the links waiting after a cancel. */
  queueResume: { from: 'extension'; request: Record<string, never>; response: QueueView };
  /** Ends the run; the links left stay in the library, not fetched yet. */
  queueCancel: { from: 'extension'; request: Record<string, never>; response: QueueView };
  /** Queues failed links again: these, or without `ids` every one (of `reason`, when given). */
  queueRetry: { from: 'extension'; request: { ids?: string[]; reason?: FetchFailure }; response: QueueView };
  /**
   * A page wrote to the library (the outbox holds what changed): push it within seconds and look for
   * imported links to fetch. A runtime message, because it starts a stopped worker; a message on the
   * library channel does not.
   */
  libraryWritten: { from: 'extension'; request: Record<string, never>; response: null };
  /** Articles imported with their bodies: fetch their images for offline reading, as after a save. */
  importImages: { from: 'extension'; request: { ids: string[] }; response: null };
}

/**
 * Messages handled by the content script, sent by the background worker with `sendToTab`; the
 * content script's router validates each one and leaves anything else unanswered.
 */
export interface ContentMessages {
  /** Extract the page's article (waiting for script-rendered content). */
  extractPage: { request: Record<string, never>; response: ExtractResult };
}

export type BackgroundMessageType = keyof BackgroundMessages;
export type ContentMessageType = keyof ContentMessages;

export interface Envelope<K extends string = string, P = unknown> {
  type: K;
  payload: P;
}

export type BackgroundRequest<K extends BackgroundMessageType> = BackgroundMessages[K]['request'];
export type BackgroundResponse<K extends BackgroundMessageType> = Outcome<BackgroundMessages[K]['response']>;

export type ContentRequest<K extends ContentMessageType> = ContentMessages[K]['request'];
/** The content script's answer, or why there was none (no access to the tab, no or a malformed answer). */
export type ContentResponse<K extends ContentMessageType> =
  ContentMessages[K]['response'] | { ok: false; error: Failure };
