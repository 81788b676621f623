import browser from 'webextension-polyfill';
import { isFailureCode, type Failure } from '../shared/failure.ts';
import type {
  ContentMessages,
  ContentMessageType,
  ContentRequest,
  ContentResponse,
  Envelope,
} from '../shared/messages.ts';
import { isExtractedArticle } from '../shared/validate-article.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFailure = (value: unknown): value is Failure =>
  isObject(value) &&
  isFailureCode(value.code) &&
  (value.detail === undefined || typeof value.detail === 'string');

/**
 * A page's answers are checked like the router checks requests: the page's own script cannot reach
 * this channel, but a content script that broke half way could answer anything.
 */
const ANSWERS: { [K in ContentMessageType]: (answer: Record<string, unknown>) => boolean } = {
  extractPage: (a) => (a.ok === true ? isExtractedArticle(a.article) : a.ok === false && isFailure(a.error)),
};

/**
 * Sends a typed message to the content script of a tab. Every way of getting no usable answer comes
 * back as a failure, never a throw: no content script to receive it is `no-access` (a page the
 * extension may not script), no answer or a malformed one is `unexpected`.
 */
export async function sendToTab<K extends ContentMessageType>(
  tabId: number,
  type: K,
  payload: ContentRequest<K>,
): Promise<ContentResponse<K>> {
  const envelope: Envelope<K, ContentRequest<K>> = { type, payload };
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, envelope);
  } catch (error) {
    return { ok: false, error: { code: 'no-access', detail: String(error) } };
  }
  if (!isObject(answer))
    return { ok: false, error: { code: 'unexpected', detail: 'no answer from the page' } };
  if (!ANSWERS[type](answer))
    return { ok: false, error: { code: 'unexpected', detail: `malformed answer to ${type}` } };
  return answer as ContentMessages[K]['response'];
}
