// The title and publish-time rules of issue 19, each on a page of its own, beside the fixtures
// generic-zh-title-* and generic-zh-time-*.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../../../src/extract/metadata/page-meta.ts';
import { chooseTitle } from '../../../src/extract/metadata/titles.ts';

const meta = (head: string, body: string) =>
  readPageMeta(
    new JSDOM(`<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`).window
      .document,
    new URL('https://news.example.cn/a/1.html'),
  );

describe('chooseTitle', () => {
  it('never takes a copy another candidate continues inside the headline', () => {
    const title = chooseTitle({ openGraph: '某集团', document: '某集团"暗伤"曝露？_腾讯网', headings: [] });
    expect(title).toBe('某集团"暗伤"曝露？');
  });

  it('takes the heading the others agree with, not a logo heading', () => {
    const title = chooseTitle({
      openGraph: 'Port strike ends',
      document: 'Port strike ends | Harbour Post',
      headings: ['Harbour Post', 'Port strike ends'],
    });
    expect(title).toBe('Port strike ends');
  });

  it("drops a portal's channel and site chained with underscores, and no more", () => {
    expect(chooseTitle({ document: '海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网' })).toBe(
      '海外留学生看两会：出国前后关注点大不同',
    );
    expect(chooseTitle({ document: '央行降准0.5个百分点_财经频道_某某网' })).toBe('央行降准0.5个百分点');
    // A channel is one word: a part with spaces or marks is the headline's own.
    expect(chooseTitle({ document: '新竹尖石_美樹營地賞楓 (2) @ 某人的家_藍天' })).toBe(
      '新竹尖石_美樹營地賞楓 (2) @ 某人的家',
    );
    // Two tails at most: a third part is the headline's own.
    expect(chooseTitle({ document: '甲_乙方案落地_财经频道_某某网' })).toBe('甲_乙方案落地');
    // Only after an underscore tail: a ` | Site` tail goes alone.
    expect(chooseTitle({ document: '甲_乙方案落地 | 某某网' })).toBe('甲_乙方案落地');
    expect(chooseTitle({ document: '甲_乙方案落地 - 某某网' })).toBe('甲_乙方案落地');
  });

  it('keeps a title that goes on after the heading at a separator as the heading', () => {
    expect(chooseTitle({ document: 'Headline - Site', headings: ['Headline'] })).toBe('Headline');
  });

  it('drops a site name set before the headline when another candidate declares the headline', () => {
    const headline = 'Open tools for small programmable chips';
    for (const separator of [': ', ' | ', ' - ', '_'])
      expect(
        chooseTitle({
          openGraph: headline,
          document: `Bench Notes${separator}${headline}`,
          headings: ['Bench Notes'],
        }),
      ).toBe(headline);
    expect(chooseTitle({ document: `Bench Notes: ${headline}`, headings: [headline] })).toBe(headline);
  });

  it('keeps a subtitle after a colon when no candidate declares the part after it', () => {
    const title = 'Rates: what the central bank did next';
    expect(chooseTitle({ document: title, headings: [] })).toBe(title);
    // The part before the colon is the longer one: it is the headline's own text, not a site name.
    const long = 'A long headline that says a lot: next';
    expect(chooseTitle({ document: long, headings: ['next'] })).toBe(long);
  });

  it("keeps a short ' - ' subtitle of a declared headline the <title> goes on after", () => {
    const headline = 'Minecraft 1.8 - The Bountiful Update';
    expect(chooseTitle({ openGraph: headline, document: `${headline} - Minecraft Update News` })).toBe(
      headline,
    );
    expect(chooseTitle({ headline: '降准落地 - 三问三答', document: '降准落地 - 三问三答_某某网' })).toBe(
      '降准落地 - 三问三答',
    );
    // Without a longer <title> nothing says the tail is the headline's: it goes, as a site's name would.
    expect(chooseTitle({ openGraph: headline, document: headline })).toBe('Minecraft 1.8');
  });

  it("drops the site's own name from a declared headline even when the <title> goes on after it", () => {
    const title = chooseTitle({
      openGraph: 'Rates rise again | Daily Ledger',
      document: 'Rates rise again | Daily Ledger | Ledger Group',
      siteNames: ['daily  ledger'],
    });
    expect(title).toBe('Rates rise again');
  });

  it('breaks a tie toward Dublin Core, then OpenGraph, then the title element', () => {
    expect(chooseTitle({ dublinCore: 'Declared', openGraph: 'Shared', document: 'Element' })).toBe(
      'Declared',
    );
    expect(chooseTitle({ openGraph: 'Shared', document: 'Element' })).toBe('Shared');
  });
});

describe('readPageMeta: title declarations', () => {
  it('reads dc:title, and parsely-title when nothing else declares one', () => {
    expect(meta('<meta property="dc:title" content="某集团年报发布">', '<h1>网站标志</h1>').title).toBe(
      '某集团年报发布',
    );
    expect(meta('<meta name="parsely-title" content="某集团年报发布">', '<h1>网站标志</h1>').title).toBe(
      '某集团年报发布',
    );
  });
});

describe('readPageMeta: publish time', () => {
  it('prefers the printed dateline to a day-only meta value that agrees with it', () => {
    const m = meta(
      '<meta name="publishdate" content="2021-12-22">',
      '<h1>标题</h1><div>发布时间：2021-12-22 14:06:54 来源：南方Plus</div><p>正文第一句。</p>',
    );
    expect(m.publishedAt).toBe('2021-12-22T14:06:54+08:00');
  });

  it('reads 2021年12月22日 14:06 and skips an update time', () => {
    const m = meta(
      '',
      '<h1>标题</h1><div>更新时间：2021-12-23 08:00 时间：2021年12月22日 14:06</div><p>正文。</p>',
    );
    expect(m.publishedAt).toBe('2021-12-22T14:06:00+08:00');
  });

  it('reads publishTime, pubtime and ptime script variables, and Unix times', () => {
    const at = (script: string) =>
      meta(`<script>${script}</script>`, '<h1>标题</h1><p>正文。</p>').publishedAt;
    expect(at('var publishTime = "2021-12-22 14:06:54";')).toBe('2021-12-22T14:06:54+08:00');
    expect(at('var d = {"pubtime":"2021-12-22 14:06"};')).toBe('2021-12-22T14:06:00+08:00');
    expect(at("var d = { ptime: '2021-12-22 14:06:54' };")).toBe('2021-12-22T14:06:54+08:00');
    expect(at('var d = { ptime: 1640153214 };')).toBe('2021-12-22T14:06:54+08:00');
    expect(at('var d = { updateTime: "2021-12-23 08:00:00", time: "2021-12-22 14:06:54" };')).toBe(
      '2021-12-22T14:06:54+08:00',
    );
  });

  it('takes no date from the article text about another event', () => {
    const m = meta('', '<h1>标题</h1><p>2021年11月30日，论坛在广州举行，嘉宾们发表了演讲。</p>');
    expect(m.publishedAt).toBeUndefined();
  });

  it("takes no date from a fact table's or definition list's value about something else", () => {
    const infobox = (label: string) =>
      meta('', `<h1>Mozilla</h1><table><tr><th>${label}</th><td>1998-02-28</td></tr></table><p>Text.</p>`)
        .publishedAt;
    expect(infobox('Founded')).toBeUndefined();
    expect(infobox('Published')).toBe('1998-02-28T00:00:00+08:00');
    const terms = (label: string) =>
      meta('', `<h1>某公司</h1><dl><dt>${label}</dt><dd>2021-12-22</dd></dl><p>正文。</p>`).publishedAt;
    expect(terms('发布时间：')).toBe('2021-12-22T00:00:00+08:00');
    expect(terms('成立时间')).toBeUndefined();
    expect(terms('更新时间')).toBeUndefined();
  });

  it('takes the <time> under the headline over a sidebar time earlier in the page', () => {
    const m = meta(
      '',
      '<ul><li><time datetime="2021-12-30T09:15:00+08:00">12-30</time> <a href="/1">快讯</a></li></ul>' +
        '<h1>标题</h1><div><time>2021-12-22 14:06</time></div><p>正文。</p>',
    );
    expect(m.publishedAt).toBe('2021-12-22T14:06:00+08:00');
  });
});
