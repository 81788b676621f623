/** Hands bytes to the browser as a download (no `downloads` permission needed for an <a download>). */
export function download(data: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; a short delay covers browsers that read it later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `jianbao-library-2021-12-22.json` */
export function datedName(stem: string, extension: string, now = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${stem}-${day}.${extension}`;
}
