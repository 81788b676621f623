/**
 * Issue #6 §1 and minimal permissions: removing a share pattern gives back the host access it was granted,
 * unless another of the user's patterns still needs that origin.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const removed: string[][] = [];
let refuse = false;
vi.mock('webextension-polyfill', () => ({
  default: {
    permissions: {
      remove: ({ origins }: { origins: string[] }) => {
        if (refuse) return Promise.reject(new Error('You cannot remove required permissions.'));
        removed.push(origins);
        return Promise.resolve(true);
      },
    },
  },
}));

const { releaseHostAccess } = await import('../../../options/share-scripts.ts');

beforeEach(() => {
  removed.length = 0;
  refuse = false;
});

describe('removing a share pattern', () => {
  it("gives back its origin's access when no other pattern uses it", async () => {
    expect(await releaseHostAccess('https://news.example.com/share/*', ['https://other.example.org/*'])).toBe(
      true,
    );
    expect(removed).toEqual([['https://news.example.com/*']]);
  });

  it('keeps the access another pattern on the same origin still needs', async () => {
    expect(
      await releaseHostAccess('https://news.example.com/share/*', ['https://news.example.com/m/*']),
    ).toBe(false);
    expect(removed).toEqual([]);
  });

  it("takes the browser's refusal (access the manifest asks for) as nothing to give back", async () => {
    refuse = true;
    expect(await releaseHostAccess('https://data.eastmoney.com/share/*', [])).toBe(false);
  });
});
