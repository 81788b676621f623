/** The Jekyll export against the one real sample post (read at test time). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  articleToJekyll,
  frontMatter,
  jekyllDate,
  jekyllFileName,
  type JekyllInput,
} from '../../../src/export/jekyll.ts';

const SAMPLE = resolve(
  fileURLToPath(import.meta.url),
  '../../../../../shared/seeds/000_7e90809b29c021d9.txt',
);
const sample = readFileSync(SAMPLE, 'utf8');
const SHARE_LINK = 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112222222635819';

/** The sample's parts: front matter block, and the body between it and the share link. */
const [, sampleFront = '', sampleBody = ''] = /^(---\n[\s\S]*?\n---)\n([\s\S]*?)\n\n<http/.exec(sample) ?? [];

const record: JekyllInput = {
  id: 'NW202112222222635819',
  title: '@创新主体 广州天河“专精特新”team天团等你来|聚焦广州国际创新节',
  publishedAt: '2021-12-22T14:06:54+08:00',
  source: '南方Plus',
  category: '南方Plus',
  contentHtml: sampleBody,
  url: SHARE_LINK,
  savedAt: '2024-03-01T09:00:00+08:00',
};

describe('Jekyll export', () => {
  it('reproduces the sample front matter byte for byte', () => {
    expect(sampleFront.length).toBeGreaterThan(50);
    expect(frontMatter(record)).toBe(sampleFront);
  });

  it('writes the sample post up to its share link: body, blank line, <share link>', () => {
    const post = articleToJekyll(record);
    const upToLink = sample.slice(0, sample.indexOf(`<${SHARE_LINK}>`) + SHARE_LINK.length + 2);
    expect(post).toBe(`${upToLink}\n`);
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
