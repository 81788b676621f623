/** The library as a ZIP of Jekyll posts, one `yyyy-mm-dd-<id>.md` per article. */
import type { Article } from '../shared/article.ts';
import { uiMarkdownLang, type MarkdownLang } from './highlights-markdown.ts';
import { articleToMarkdown, jekyllFileName } from './jekyll.ts';
import { writeZip } from './zip.ts';

/** Folder inside the archive: Jekyll reads posts from `_posts/`. */
const POSTS_DIR = '_posts';

/** File names for `articles`, in order; two ids that clean to the same name get `-2`, `-3`… */
export function uniqueFileNames(articles: readonly Article[]): string[] {
  const used = new Set<string>();
  return articles.map((article) => {
    const base = jekyllFileName(article);
    let name = base;
    for (let n = 2; used.has(name); n++) name = base.replace(/\.md$/, `-${n}.md`);
    used.add(name);
    return name;
  });
}

/** @param lang the language of each post's highlights heading; the browser's UI language by default. */
export function libraryToMarkdownZip(
  articles: readonly Article[],
  now: Date,
  lang: MarkdownLang = uiMarkdownLang(),
): Uint8Array {
  const encoder = new TextEncoder();
  const names = uniqueFileNames(articles);
  return writeZip(
    articles.map((article, i) => ({
      name: `${POSTS_DIR}/${names[i]}`,
      data: encoder.encode(articleToMarkdown(article, lang)),
      modified: now,
    })),
  );
}
