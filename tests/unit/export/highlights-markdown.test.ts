/** The `## 高亮` / `## Highlights` section of the Markdown export and Copy as Markdown. */
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../src/annotations/types.ts';
import { highlightsMarkdown } from '../../../src/export/highlights-markdown.ts';

const highlight = (id: string, exact: string, start: number, extra: Partial<Highlight> = {}): Highlight => ({
  id,
  color: 'yellow',
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start, end: start + exact.length },
  createdAt: '2026-12-05T10:00:00+08:00',
  updatedAt: '2026-12-05T10:00:00+08:00',
  ...extra,
});

describe('highlightsMarkdown', () => {
  it('is empty for an article without highlights', () => {
    expect(highlightsMarkdown({}, 'zh_CN')).toBe('');
    expect(highlightsMarkdown({ highlights: [] }, 'en')).toBe('');
  });

  it('heads the section in the language asked for and puts each note below its quote', () => {
    const article = {
      highlights: [
        highlight('b', '天河将坚定不移走自主创新道路', 40, { note: '重点' }),
        highlight('a', '专精特新天团TEAM', 1),
      ],
    };
    expect(highlightsMarkdown(article, 'zh_CN')).toBe(
      '## 高亮\n\n> 专精特新天团TEAM\n\n> 天河将坚定不移走自主创新道路\n\n重点\n',
    );
    expect(highlightsMarkdown(article, 'en')).toBe(
      '## Highlights\n\n> 专精特新天团TEAM\n\n> 天河将坚定不移走自主创新道路\n\n重点\n',
    );
  });

  it('keeps the paragraphs of a quote across paragraphs inside one block quote, and of a note', () => {
    const article = {
      highlights: [highlight('a', '第一段结尾。\n\n第二段开头', 0, { note: '一行\n又一行\n\n另一段' })],
    };
    expect(highlightsMarkdown(article, 'zh_CN')).toBe(
      '## 高亮\n\n> 第一段结尾。\n>\n> 第二段开头\n\n一行  \n又一行\n\n另一段\n',
    );
  });

  it('escapes what Markdown would read as syntax, so the quote reads back as the article had it', () => {
    const article = {
      highlights: [highlight('a', '# 1. *重要* <b>a_b</b> [链接](x) & \\', 0, { note: '- 不是列表' })],
    };
    expect(highlightsMarkdown(article, 'en')).toBe(
      '## Highlights\n\n> \\# 1. \\*重要\\* \\<b\\>a\\_b\\</b\\> \\[链接\\](x) \\& \\\\\n\n\\- 不是列表\n',
    );
    const numbered = { highlights: [highlight('a', '2021. 年', 0)] };
    expect(highlightsMarkdown(numbered, 'en')).toBe('## Highlights\n\n> 2021\\. 年\n');
  });

  it('lists highlights in reading order, detached ones last, and skips quotes of only whitespace', () => {
    const article = {
      highlights: [
        highlight('d', '找不到的句子', 0, { detached: true }),
        highlight('c', '后面', 30),
        highlight('e', ' \n ', 5),
        highlight('a', '前面', 10),
      ],
    };
    expect(highlightsMarkdown(article, 'zh_CN')).toBe('## 高亮\n\n> 前面\n\n> 后面\n\n> 找不到的句子\n');
  });
});
