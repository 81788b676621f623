// @vitest-environment jsdom
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { withOfflineImages } from '../../../src/reader/offline-images.ts';

// jsdom has no object URLs; this stand-in names each Blob so the test can see which one an img got.
const created: Blob[] = [];
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back, never called here
const realCreate = URL.createObjectURL;
URL.createObjectURL = (blob: Blob) => {
  created.push(blob);
  return `blob:test/${created.length}`;
};
afterEach(() => {
  created.length = 0;
});
afterAll(() => {
  URL.createObjectURL = realCreate;
});

const STORED = 'https://img.example.com/a.jpg';
const MISSING = 'https://img.example.com/b.jpg';

describe('withOfflineImages', () => {
  it('swaps stored images for object URLs and leaves the rest on their original URL', async () => {
    const blob = new Blob(['jpeg'], { type: 'image/jpeg' });
    const asked: string[] = [];
    const html = `<p>图一</p><img src="${STORED}" alt="一"><p>图二</p><img src="${MISSING}" alt="二"><img src="${STORED}" alt="一again">`;
    const result = await withOfflineImages(html, document, (url) => {
      asked.push(url);
      return Promise.resolve(url === STORED ? blob : undefined);
    });
    const out = document.createElement('div');
    out.innerHTML = result.html;
    const srcs = [...out.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(srcs).toEqual(['blob:test/1', MISSING, 'blob:test/1']);
    expect(result.objectUrls).toEqual(['blob:test/1']);
    expect(created).toEqual([blob]);
    expect(asked.sort()).toEqual([STORED, MISSING]);
    expect(out.textContent).toBe('图一图二');
  });

  it('keeps the HTML untouched when nothing is stored or the lookup fails', async () => {
    const html = `<p><img src="${STORED}" alt=""></p>`;
    expect(await withOfflineImages(html, document, () => Promise.resolve(undefined))).toEqual({
      html,
      objectUrls: [],
    });
    expect(await withOfflineImages(html, document, () => Promise.reject(new Error('db closed')))).toEqual({
      html,
      objectUrls: [],
    });
    expect(created).toEqual([]);
  });

  it('never looks up data: images', async () => {
    const asked: string[] = [];
    const html = '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">';
    await withOfflineImages(html, document, (url) => {
      asked.push(url);
      return Promise.resolve(undefined);
    });
    expect(asked).toEqual([]);
  });
});
