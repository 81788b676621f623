import { describe, expect, it } from 'vitest';
import { isShareUrl } from '../../../src/extract/info-code.ts';
import { explainInvalidPattern, originOf } from '../../../src/shared/match-pattern.ts';
import {
  DEFAULT_SHARE_PATTERNS,
  normalizeOptions,
  OPTION_LIMITS,
  sharePatternsOf,
} from '../../../src/shared/options.ts';

describe('share-page patterns', () => {
  it('accepts host patterns with http, https or * and any path', () => {
    for (const ok of [
      'https://news.example.com/*',
      '*://*.example.com/share/*',
      'http://127.0.0.1/*',
      'https://xn--fiqs8s.cn/a?b=*',
    ]) {
      expect(explainInvalidPattern(ok), ok).toBeUndefined();
    }
  });

  it('says what is wrong with each bad pattern', () => {
    expect(explainInvalidPattern('')).toBe('patternEmpty');
    expect(explainInvalidPattern(`https://a.com/${'x'.repeat(400)}`)).toBe('patternTooLong');
    expect(explainInvalidPattern('news.example.com')).toBe('patternSyntax');
    expect(explainInvalidPattern('ftp://example.com/*')).toBe('patternSyntax');
    expect(explainInvalidPattern('https://example.com')).toBe('patternSyntax');
    expect(explainInvalidPattern('https://example.com:8080/*')).toBe('patternSyntax');
    expect(explainInvalidPattern('https://*/*')).toBe('patternAllHosts');
    expect(explainInvalidPattern('https://exa_mple.com/*')).toBe('patternBadHost');
    expect(explainInvalidPattern('https://news.*.com/*')).toBe('patternSyntax');
  });

  it('asks for the pattern host origin, whatever the path', () => {
    expect(originOf('https://News.Example.com/share/*')).toBe('https://news.example.com/*');
    expect(originOf('*://*.example.com/a')).toBe('*://*.example.com/*');
  });

  it('built-in patterns cover East Money hosts and any URL with an infoCode', () => {
    const builtIn = sharePatternsOf(normalizeOptions(undefined));
    expect(builtIn).toEqual({ withInfoCode: [...DEFAULT_SHARE_PATTERNS], anyPage: [] });
    expect(isShareUrl('https://wap.eastmoney.com/a/x.html?infoCode=NW202112222222635819', builtIn)).toBe(
      true,
    );
    expect(
      isShareUrl('http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112222222635819', builtIn),
    ).toBe(true);
    expect(isShareUrl('http://127.0.0.1:8080/s.html?infocode=NW202112222222635819', builtIn)).toBe(true);
    expect(isShareUrl('https://news.example.com/a.html', builtIn)).toBe(false);
    expect(isShareUrl('https://wap.eastmoney.com/a/x.html', builtIn)).toBe(false);
  });

  it('a user pattern makes its pages share pages without an infoCode; other pages stay as they were', () => {
    const patterns = sharePatternsOf(
      normalizeOptions({ sharePatterns: ['https://news.example.com/share/*', 'http://127.0.0.1/s/*'] }),
    );
    expect(isShareUrl('https://news.example.com/share/2024/abc123.html', patterns)).toBe(true);
    expect(isShareUrl('https://news.example.com/share/abc123?from=app#top', patterns)).toBe(true);
    expect(isShareUrl('http://127.0.0.1:43117/s/story.html', patterns)).toBe(true); // no port in the pattern: any port
    expect(isShareUrl('https://news.example.com/about.html', patterns)).toBe(false);
    expect(isShareUrl('https://cdn.news.example.com/share/abc123', patterns)).toBe(false);
    expect(isShareUrl('http://127.0.0.1:43117/t/story.html', patterns)).toBe(false);
    // infoCode detection is unchanged by the user's patterns.
    expect(isShareUrl('https://elsewhere.cn/a?infoCode=NW202112222222635819', patterns)).toBe(true);
  });

  it('a stored pattern the options page would refuse counts for nothing', () => {
    const patterns = sharePatternsOf({
      sharePatterns: ['*://*/*', 'news.example.com', 'https://*.example.com/*'],
    });
    expect(patterns.anyPage).toEqual(['https://*.example.com/*']);
    expect(isShareUrl('https://unrelated.org/a.html', patterns)).toBe(false);
    expect(isShareUrl('https://example.com/a.html', patterns)).toBe(true);
    expect(isShareUrl('https://news.example.com/a.html', patterns)).toBe(true);
  });

  it('normalizes stored patterns: strings only, no duplicates, at most the limit', () => {
    const many = Array.from({ length: OPTION_LIMITS.maxPatterns + 5 }, (_, i) => `https://h${i}.com/*`);
    const options = normalizeOptions({ sharePatterns: ['https://a.com/*', 7, 'https://a.com/*', ...many] });
    expect(options.sharePatterns[0]).toBe('https://a.com/*');
    expect(options.sharePatterns).toHaveLength(OPTION_LIMITS.maxPatterns);
    expect(new Set(options.sharePatterns).size).toBe(options.sharePatterns.length);
  });
});
