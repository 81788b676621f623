/** Path of the reader view for one saved article, relative to the extension root. */
export function readerPath(id: string): string {
  return `reader.html?id=${encodeURIComponent(id)}`;
}
