import type { Runtime } from 'webextension-polyfill';
import type {
  BackgroundMessageType,
  BackgroundMessages,
  BackgroundRequest,
  BackgroundResponse,
} from '../shared/messages.ts';

export type Handler<K extends BackgroundMessageType> = (
  payload: BackgroundRequest<K>,
  sender: Runtime.MessageSender,
) => Promise<BackgroundResponse<K>>;

export interface Route<K extends BackgroundMessageType> {
  from: ReadonlyArray<BackgroundMessages[K]['from']>;
  /** Messages are never trusted: each payload is checked against its declared shape first. */
  isValid: (payload: unknown) => payload is BackgroundRequest<K>;
  handle: Handler<K>;
}

export type Routes = { [K in BackgroundMessageType]: Route<K> };
