/** The real corpus as CorpusText (read in Node, then handed to the bench page). */
import { listCorpusFiles, readCorpusPost } from './corpus.ts';
import { paragraphsOf, type CorpusText } from './generate-articles.ts';

export function corpusTexts(): CorpusText[] {
  return listCorpusFiles()
    .map(readCorpusPost)
    .map((post) => ({
      title: post.title,
      source: post.tags.replace(/新闻$/, ''),
      date: post.date.replace(' ', 'T').replace(/ ?\+0800$/, '+08:00'),
      paragraphs: paragraphsOf(post.body),
    }))
    .filter((text) => text.title && text.paragraphs.length > 0);
}
