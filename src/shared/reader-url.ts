/** Path of the reader view for one saved article, relative to the extension root. */
export function readerPath(id: string): string {
  return `reader.html?id=${encodeURIComponent(id)}`;
}

/** The library as a page of its own (the popup's list in a tab), relative to the extension root. */
export const LIBRARY_PATH = 'popup.html?view=library';
