import type { Page } from 'playwright-core';

/**
 * On a reader page showing its article: selects the first words of the body's first paragraph, as a
 * drag over them leaves the selection, and highlights them with the `h` key, as a person does.
 */
export async function highlightOpeningWords(page: Page): Promise<void> {
  await page.evaluate(() => {
    const text = document.querySelector('.article-body p')!.firstChild as Text;
    getSelection()!.setBaseAndExtent(text, 0, text, Math.min(text.length, 24));
  });
  await page.waitForSelector('.hl-toolbar');
  await page.keyboard.press('h');
  await page.waitForSelector('mark.hl');
}
