/**
 * The plain reason a link failed, from how Save link's path failed on it. Pure: the HTTP status comes in
 * the failure's detail (`HTTP 404`, set by the content script), the address the tab ended on beside it.
 */
import type { FetchFailure } from '../../shared/article.ts';
import type { Failure } from '../../shared/failure.ts';

/** Where a site sends visitors who must sign in first. */
const SIGN_IN_PATH = /(^|[/._-])(log-?in|sign-?in|signon|passport|auth|account\/login|sso)([/._?-]|$)/i;

function httpStatus(detail: string | undefined): number | undefined {
  const match = /\bHTTP (\d{3})\b/.exec(detail ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Whether the tab was sent on to a sign-in page instead of the article. */
export function isSignInAddress(linkUrl: string, finalUrl: string | undefined): boolean {
  if (!finalUrl || finalUrl === linkUrl) return false;
  try {
    const final = new URL(finalUrl);
    return SIGN_IN_PATH.test(final.pathname) || /^(login|signin|passport|sso|auth)\./i.test(final.hostname);
  } catch {
    return false;
  }
}

export function fetchFailureOf(failure: Failure, linkUrl: string, finalUrl?: string): FetchFailure {
  if (isSignInAddress(linkUrl, finalUrl)) return 'sign-in';
  switch (failure.code) {
    case 'page-error': {
      const status = httpStatus(failure.detail);
      if (status === 404 || status === 410) return 'gone';
      if (status === 401 || status === 403 || status === 407) return 'sign-in';
      return 'network';
    }
    case 'timeout':
      return 'timeout';
    case 'no-article':
    case 'not-html':
    case 'too-large':
    case 'invalid-info-code':
    case 'not-a-web-page':
      return 'not-article';
    case 'no-access':
      // Chromium cannot script a tab showing its own error page (no connection, no such host).
      return /error page/i.test(failure.detail ?? '') ? 'network' : 'no-access';
    default:
      return 'network';
  }
}
