/** Markdown export and the reader's layer: the user's tags in the front matter, highlights after the post. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/annotations/describe.ts';
import type { Highlight } from '../../../src/annotations/types.ts';
import { uiMarkdownLang } from '../../../src/export/highlights-markdown.ts';
import {
  articleToJekyll,
  articleToMarkdown,
  frontMatter,
  type JekyllInput,
} from '../../../src/export/jekyll.ts';
import { libraryToMarkdownZip } from '../../../src/export/markdown-zip.ts';
import type { Article } from '../../../src/shared/article.ts';

const SAMPLE = resolve(
  fileURLToPath(import.meta.url),
  '../../../../../shared/seeds/000_7e90809b29c021d9.txt',
);
const sampleFront = /^---\n[\s\S]*?\n---/.exec(readFileSync(SAMPLE, 'utf8'))?.[0] ?? '';

const record: JekyllInput = {
  id: 'NW202112222222635819',
  title: '@创新主体 广州天河“专精特新”team天团等你来|聚焦广州国际创新节',
  publishedAt: '2021-12-22T14:06:54+08:00',
  source: '南方Plus',
  category: '南方Plus',
  tags: ['南方Plus新闻'],
  contentHtml: '<p>“专精特新天团TEAM，协同创新聚英才，科创天河等你来！”</p>',
  url: 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112222222635819',
  savedAt: '2024-03-01T09:00:00+08:00',
};
const TEXT = '“专精特新天团TEAM，协同创新聚英才，科创天河等你来！”';

function highlightOf(id: string, words: string, note?: string): Highlight {
  const start = TEXT.indexOf(words);
  return {
    id,
    color: 'yellow',
    ...describeRange(TEXT, start, start + words.length)!,
    ...(note ? { note } : {}),
    createdAt: '2026-12-01T09:00:00+08:00',
    updatedAt: '2026-12-01T09:00:00+08:00',
  };
}

/** The sample's front matter with its `tags:` line replaced. */
const sampleWithTags = (line: string): string => sampleFront.replace(/^tags: .*$/m, line);

describe('front matter tags', () => {
  it('an article whose tags were never edited keeps the sample’s line', () => {
    expect(sampleFront).toContain('\ntags: 南方Plus新闻\n');
    expect(frontMatter({ ...record, tags: ['something extracted'] })).toBe(sampleFront);
  });

  it('hand-edited tags are the user’s list, space-separated as the sample writes one tag', () => {
    const edited = { ...record, tags: ['南方Plus新闻', '货币政策', 'A股'], editedFields: ['tags' as const] };
    expect(frontMatter(edited)).toBe(sampleWithTags('tags: 南方Plus新闻 货币政策 A股'));
    const withoutAutomatic = { ...edited, tags: ['货币政策'] };
    expect(frontMatter(withoutAutomatic)).toBe(sampleWithTags('tags: 货币政策'));
  });

  it('a tag with a space or YAML syntax makes the line a list of quoted tags; no tags is an empty list', () => {
    const edited = { ...record, tags: ['two words', 'say "hi"', '财经'], editedFields: ['tags' as const] };
    expect(frontMatter(edited)).toBe(sampleWithTags('tags: ["two words", "say \\"hi\\"", "财经"]'));
    expect(frontMatter({ ...record, tags: ['a: b'], editedFields: ['tags'] })).toBe(
      sampleWithTags('tags: ["a: b"]'),
    );
    expect(frontMatter({ ...record, tags: [], editedFields: ['tags'] })).toBe(sampleWithTags('tags: []'));
  });
});

describe('the post with its highlights', () => {
  const marked = {
    ...record,
    highlights: [highlightOf('b', '科创天河等你来', '口号'), highlightOf('a', '专精特新天团TEAM')],
  };

  it('follows the post (share link included) with the highlights section, a blank line between', () => {
    expect(articleToMarkdown(marked, 'zh_CN')).toBe(
      `${articleToJekyll(marked)}\n## 高亮\n\n> 专精特新天团TEAM\n\n> 科创天河等你来\n\n口号\n`,
    );
    expect(articleToMarkdown(marked, 'en')).toBe(
      `${articleToJekyll(marked)}\n## Highlights\n\n> 专精特新天团TEAM\n\n> 科创天河等你来\n\n口号\n`,
    );
  });

  it('is the plain post for an article without highlights', () => {
    expect(articleToMarkdown(record, 'zh_CN')).toBe(articleToJekyll(record));
  });

  it('the ZIP writes each post that way, headed in the language asked for', () => {
    const article = { ...marked, excerpt: '', textContent: TEXT, extractor: 'eastmoney-share' } as Article;
    const zh = new TextDecoder().decode(libraryToMarkdownZip([article], new Date(), 'zh_CN'));
    const en = new TextDecoder().decode(libraryToMarkdownZip([article], new Date(), 'en'));
    expect(zh).toContain(articleToMarkdown(article, 'zh_CN'));
    expect(en).toContain(articleToMarkdown(article, 'en'));
    expect(en).not.toContain('## 高亮');
  });

  it('takes the heading language from the browser’s UI language', () => {
    expect(uiMarkdownLang('zh-CN')).toBe('zh_CN');
    expect(uiMarkdownLang('zh_TW')).toBe('zh_CN');
    expect(uiMarkdownLang('en-US')).toBe('en');
    expect(uiMarkdownLang('de')).toBe('en');
    expect(uiMarkdownLang('zhx')).toBe('en');
  });
});
