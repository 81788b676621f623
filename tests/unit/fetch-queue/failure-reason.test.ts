import { describe, expect, it } from 'vitest';
import { fetchFailureOf } from '../../../src/background/fetch-queue/failure-reason.ts';

const LINK = 'https://news.example.com/a/1.html';

describe('fetchFailureOf', () => {
  it('calls 404 and 410 gone, 401 and 403 a sign-in, other HTTP errors the network', () => {
    expect(fetchFailureOf({ code: 'page-error', detail: 'HTTP 404' }, LINK)).toBe('gone');
    expect(fetchFailureOf({ code: 'page-error', detail: 'HTTP 410' }, LINK)).toBe('gone');
    expect(fetchFailureOf({ code: 'page-error', detail: 'HTTP 403' }, LINK)).toBe('sign-in');
    expect(fetchFailureOf({ code: 'page-error', detail: 'HTTP 401' }, LINK)).toBe('sign-in');
    expect(fetchFailureOf({ code: 'page-error', detail: 'HTTP 503' }, LINK)).toBe('network');
  });

  it('calls a page without an article not an article, unless the site sent the tab to sign in', () => {
    expect(fetchFailureOf({ code: 'no-article' }, LINK)).toBe('not-article');
    expect(fetchFailureOf({ code: 'not-html' }, LINK)).toBe('not-article');
    expect(
      fetchFailureOf({ code: 'no-article' }, LINK, 'https://news.example.com/login?next=/a/1.html'),
    ).toBe('sign-in');
    expect(fetchFailureOf({ code: 'no-article' }, LINK, 'https://passport.example.com/?r=1')).toBe('sign-in');
    expect(fetchFailureOf({ code: 'no-article' }, LINK, 'https://news.example.com/b/blog-in-depth')).toBe(
      'not-article',
    );
  });

  it('tells a site Jianbao may not script from a page that did not load', () => {
    expect(fetchFailureOf({ code: 'no-access', detail: 'Cannot access contents of the page' }, LINK)).toBe(
      'no-access',
    );
    expect(fetchFailureOf({ code: 'no-access', detail: 'Frame with ID 0 is showing error page' }, LINK)).toBe(
      'network',
    );
    expect(fetchFailureOf({ code: 'timeout' }, LINK)).toBe('timeout');
  });
});
