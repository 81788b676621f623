import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { listOf } from '../../../src/shared/live-list.ts';

describe('listOf', () => {
  it('takes the items of a live collection in document order, as they are when it is read', () => {
    const { document } = new JSDOM('<p id="a">a<b>1</b></p><p id="b">b</p>').window;
    const live = document.getElementsByTagName('p');
    const list = listOf(live);
    expect(list.map((p) => p.id)).toEqual(['a', 'b']);
    document.body.append(document.createElement('p'));
    expect(live.length).toBe(3);
    expect(list.length).toBe(2);
    expect(listOf(document.getElementById('a')!.childNodes).map((n) => n.nodeName)).toEqual(['#text', 'B']);
  });
});
