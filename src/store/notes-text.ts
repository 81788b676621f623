/**
 * The reader's own words on an article (its note and its highlights' notes), which search finds as it
 * finds the body. Highlight quotes are not added: they are body text already.
 */
import type { Article } from '../shared/article.ts';

export type NotedFields = Pick<Article, 'note' | 'highlights'>;

/** The article note and every highlight note, one per line; '' when there are none. */
export function notesText(article: Partial<NotedFields>): string {
  const notes: string[] = [];
  if (article.note) notes.push(article.note);
  for (const highlight of article.highlights ?? []) if (highlight.note) notes.push(highlight.note);
  return notes.join('\n');
}

/** What the full-text search indexes and checks phrases against as the body: the text plus the notes. */
export function bodyText(article: Pick<Article, 'textContent'> & Partial<NotedFields>): string {
  const notes = notesText(article);
  return notes ? `${article.textContent}\n${notes}` : article.textContent;
}
