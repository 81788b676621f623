/** The library as a ZIP of Jekyll posts, one `yyyy-mm-dd-<id>.md` per article. */
import type { Article } from '../shared/article.ts';
import { articleToJekyll, jekyllFileName } from './jekyll.ts';
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

export function libraryToMarkdownZip(articles: readonly Article[], now: Date): Uint8Array {
  const encoder = new TextEncoder();
  const names = uniqueFileNames(articles);
  return writeZip(
    articles.map((article, i) => ({
      name: `${POSTS_DIR}/${names[i]}`,
      data: encoder.encode(articleToJekyll(article)),
      modified: now,
    })),
  );
}
