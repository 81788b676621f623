import browser from 'webextension-polyfill';
import type { BackgroundMessageType, BackgroundRequest, BackgroundResponse, Envelope } from './messages.ts';

/**
 * Sends a typed message to the background worker; a transport error comes back as a failure, never a throw.
 * Handlers answer every request, failures included, so no answer means the worker stopped mid-request
 * ("message port closed", "receiving end does not exist"): that is `interrupted`, which the user can retry.
 */
export async function sendToBackground<K extends BackgroundMessageType>(
  type: K,
  payload: BackgroundRequest<K>,
): Promise<BackgroundResponse<K>> {
  const envelope: Envelope<K, BackgroundRequest<K>> = { type, payload };
  try {
    const response = await browser.runtime.sendMessage<typeof envelope, BackgroundResponse<K> | undefined>(
      envelope,
    );
    return (
      response ?? {
        ok: false,
        error: { code: 'interrupted', detail: 'no response from the background worker' },
      }
    );
  } catch (error) {
    return { ok: false, error: { code: 'interrupted', detail: String(error) } };
  }
}
