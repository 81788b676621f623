import type { ContentMessages, ContentMessageType, ContentRequest } from '../shared/messages.ts';

export interface ContentRoute<K extends ContentMessageType> {
  /** Messages are never trusted: each payload is checked against its declared shape first. */
  isValid: (payload: unknown) => payload is ContentRequest<K>;
  handle: (payload: ContentRequest<K>) => Promise<ContentMessages[K]['response']>;
}

export type ContentRoutes = { [K in ContentMessageType]: ContentRoute<K> };
