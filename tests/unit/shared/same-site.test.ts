import { describe, expect, it } from 'vitest';
import { httpUrl, isSameSite, siteOf } from '../../../src/shared/same-site.ts';

describe('siteOf', () => {
  it.each([
    ['finance.eastmoney.com', 'eastmoney.com'],
    ['emwap.eastmoney.com', 'eastmoney.com'],
    ['news.sina.com.cn', 'sina.com.cn'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['example.cn', 'example.cn'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (host, site) => expect(siteOf(host)).toBe(site));
});

describe('isSameSite', () => {
  it('accepts another host of the same site, over http or https', () => {
    expect(
      isSameSite('https://finance.eastmoney.com/a/1.html', 'http://emwap.eastmoney.com/news/info/detail/1'),
    ).toBe(true);
  });
  it('refuses another site, a sibling under a shared suffix, and non-http schemes', () => {
    expect(isSameSite('https://news.example.cn/a/1.html', 'https://evil.example/x')).toBe(false);
    expect(isSameSite('https://a.com.cn/x', 'https://b.com.cn/x')).toBe(false);
    expect(isSameSite('javascript:alert(1)', 'https://evil.example/x')).toBe(false);
    expect(isSameSite('not a url', 'https://evil.example/x')).toBe(false);
  });
});

describe('httpUrl', () => {
  it('resolves relative addresses and keeps only http(s)', () => {
    expect(httpUrl('/img/a.png', 'https://x.cn/news/1.html')).toBe('https://x.cn/img/a.png');
    expect(httpUrl('javascript:alert(2)', 'https://x.cn/')).toBeUndefined();
    expect(httpUrl('data:image/png;base64,AAAA', 'https://x.cn/')).toBeUndefined();
    expect(httpUrl(undefined, 'https://x.cn/')).toBeUndefined();
  });
});
