// @vitest-environment jsdom
/** "Copy as Markdown" puts the article's Jekyll post on the clipboard, and says when it cannot. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CopyAsMarkdown } from '../../../src/reader/CopyAsMarkdown.tsx';
import { articleToJekyll, type JekyllInput } from '../../../src/export/jekyll.ts';
import type { Highlight } from '../../../src/annotations/types.ts';

const article: JekyllInput = {
  id: 'NW202112222222635819',
  title: '标题',
  url: 'http://finews.zning.xyz/s?infoCode=NW202112222222635819',
  contentHtml: '<p>正文</p>',
  category: '南方Plus',
  source: '南方Plus',
  savedAt: '2021-12-22T15:00:00+08:00',
  publishedAt: '2021-12-22T14:06:54+08:00',
};

function mount(writeText: (text: string) => Promise<void>, shown: JekyllInput = article): HTMLElement {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const root = document.createElement('div');
  document.body.append(root);
  render(<CopyAsMarkdown article={shown} />, root);
  return root;
}

/** The exporter loads on the first click: wait until the button has reported a result. */
async function settle(root: HTMLElement): Promise<void> {
  for (let i = 0; i < 200 && !root.querySelector('[data-result]'); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CopyAsMarkdown', () => {
  it('copies the Jekyll post and says so', async () => {
    const copied: string[] = [];
    const root = mount((text) => {
      copied.push(text);
      return Promise.resolve();
    });
    root.querySelector('button')!.click();
    await settle(root);
    expect(copied).toEqual([articleToJekyll(article)]);
    expect(copied[0]).toContain('categories: nanfangPlus\ntags: 南方Plus新闻\n');
    expect(root.querySelector('[role="status"]')!.getAttribute('data-result')).toBe('copiedAsMarkdown');
    expect(root.textContent).toContain('Copied as Markdown');
  });

  it('appends the highlights, each quote with its note, in the UI language (Chinese where the browser names none)', async () => {
    const highlight: Highlight = {
      id: 'h1',
      color: 'yellow',
      note: '要记住',
      quote: { type: 'TextQuoteSelector', exact: '正文', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 2 },
      createdAt: '2021-12-23T10:00:00+08:00',
      updatedAt: '2021-12-23T10:00:00+08:00',
    };
    const copied: string[] = [];
    const root = mount(
      (text) => {
        copied.push(text);
        return Promise.resolve();
      },
      { ...article, highlights: [highlight] },
    );
    root.querySelector('button')!.click();
    await settle(root);
    expect(copied[0]?.startsWith(articleToJekyll(article))).toBe(true);
    expect(copied[0]).toMatch(/\n## 高亮\n\n> 正文\n\n要记住\n$/);
  });

  it('says when the clipboard refuses', async () => {
    const root = mount(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    root.querySelector('button')!.click();
    await settle(root);
    expect(root.textContent).toContain('Could not copy to the clipboard');
  });
});
