/** The Jekyll export against the one real sample post (read at test time). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  articleToJekyll,
  frontMatter,
  jekyllBody,
  jekyllDate,
  jekyllFileName,
  type JekyllInput,
} from '../../../src/export/jekyll.ts';
import { extract } from '../../../src/extract/index.ts';
import { sharePagePosts } from '../../../testkit/corpus.ts';
import { listFixtures, loadFixture } from '../../../testkit/fixtures.ts';

const SAMPLE = resolve(
  fileURLToPath(import.meta.url),
  '../../../../../shared/seeds/000_7e90809b29c021d9.txt',
);
const sample = readFileSync(SAMPLE, 'utf8');
const SHARE_LINK = 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112222222635819';

/** The sample's parts: front matter block, and the body between it and the share link. */
const [, sampleFront = '', sampleBody = ''] = /^(---\n[\s\S]*?\n---)\n([\s\S]*?)\n\n<http/.exec(sample) ?? [];

/** East Money's closing source paragraph, which extraction takes out of the stored body. */
const SOURCE_LINE = /<p class="em_media">（文章来源：([^）]+)）<\/p>$/;
/** A post's body as extraction stores it: without the source line, whose name becomes `source`. */
const storedBody = (body: string): string => body.replace(SOURCE_LINE, '');

const record: JekyllInput = {
  id: 'NW202112222222635819',
  title: '@创新主体 广州天河“专精特新”team天团等你来|聚焦广州国际创新节',
  publishedAt: '2021-12-22T14:06:54+08:00',
  source: '南方Plus',
  category: '南方Plus',
  contentHtml: storedBody(sampleBody),
  url: SHARE_LINK,
  savedAt: '2024-03-01T09:00:00+08:00',
};

describe('Jekyll export', () => {
  it('reproduces the sample front matter byte for byte', () => {
    expect(sampleFront.length).toBeGreaterThan(50);
    expect(frontMatter(record)).toBe(sampleFront);
  });

  it('writes the sample post up to its share link: body with its source line, blank line, <share link>', () => {
    expect(record.contentHtml).not.toContain('文章来源');
    const post = articleToJekyll(record);
    const upToLink = sample.slice(0, sample.indexOf(`<${SHARE_LINK}>`) + SHARE_LINK.length + 2);
    expect(post).toBe(`${upToLink}\n`);
    expect(post).toContain('</p><p class="em_media">（文章来源：南方Plus）</p>\n\n<http');
  });

  it('writes every share-page post of the corpus back as it is, from the body extraction stores', () => {
    const posts = sharePagePosts();
    expect(posts.length).toBeGreaterThanOrEqual(5);
    for (const post of posts) {
      const source = SOURCE_LINE.exec(post.body)?.[1];
      expect(source, post.file).toBeDefined();
      const [day = '', time = '', offset = ''] = post.date.split(' ');
      const exported = articleToJekyll({
        id: post.infoCode!,
        title: post.title,
        publishedAt: `${day}T${time}${offset.slice(0, 3)}:${offset.slice(3)}`,
        source,
        category: source!,
        contentHtml: storedBody(post.body),
        url: post.link!,
        savedAt: '2024-03-01T09:00:00+08:00',
      });
      // The corpus files keep the site's CRLF line ends; the export writes LF, as the sample has it.
      const raw = readFileSync(resolve(SAMPLE, '../../corpus/finews', post.file), 'utf8').replace(
        /\r\n/g,
        '\n',
      );
      expect(exported, post.file).toBe(
        `${raw.slice(0, raw.indexOf(`<${post.link}>`) + post.link!.length + 2)}\n`,
      );
    }
  });

  it('closes an extracted share page with its source line, once, as the last paragraph', () => {
    const names = listFixtures().filter((n) => n.startsWith('eastmoney-share-') && !n.includes('script'));
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      const fixture = loadFixture(name);
      const result = extract(
        new JSDOM(fixture.html, { url: fixture.spec.url }).window.document,
        fixture.spec.url,
      );
      if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
      const post = articleToJekyll({ ...result.article, savedAt: '2024-03-01T09:00:00+08:00' });
      expect(post.match(/文章来源/g), name).toHaveLength(1);
      expect(post, name).toContain(
        `</p><p class="em_media">（文章来源：${fixture.expected!.source}）</p>\n\n<http`,
      );
    }
  });

  it('adds no source line to a body that has one, to a page that is no share page, or without a source', () => {
    expect(jekyllBody({ ...record, contentHtml: sampleBody })).toBe(sampleBody);
    const plain = { ...record, url: 'https://finance.eastmoney.com/a/202112222222635819.html' };
    expect(jekyllBody(plain)).toBe(record.contentHtml);
    expect(jekyllBody({ ...record, source: undefined })).toBe(record.contentHtml);
    expect(jekyllBody({ ...record, source: 'A<B' })).toMatch(/（文章来源：A&lt;B）<\/p>$/);
  });

  it('names the file yyyy-mm-dd-<id>.md from the publication day in its own offset', () => {
    expect(jekyllFileName(record)).toBe('2021-12-22-NW202112222222635819.md');
    expect(jekyllFileName({ ...record, publishedAt: '2021-12-22T23:30:00-05:00' })).toBe(
      '2021-12-22-NW202112222222635819.md',
    );
    expect(jekyllFileName({ ...record, id: 'url:https://ex.com/a?b=1' })).toBe(
      '2021-12-22-url-https-ex-com-a-b-1.md',
    );
  });

  it('falls back to savedAt without a publication date, and to the category without a source', () => {
    const bare: JekyllInput = { ...record, publishedAt: undefined, source: undefined, category: '券商中国' };
    expect(jekyllDate(bare)).toBe('2024-03-01 09:00:00 +0800');
    expect(frontMatter(bare)).toContain('\ncategories: quanshangzhongguo\ntags: 券商中国新闻\n');
  });

  it('escapes quotes and backslashes in the title and keeps it on one line', () => {
    const tricky = frontMatter({ ...record, title: 'He said "hi"\\\nagain' });
    expect(tricky).toContain('title: "He said \\"hi\\"\\\\ again"\n');
  });
});
