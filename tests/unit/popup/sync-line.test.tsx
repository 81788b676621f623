// @vitest-environment jsdom
/**
 * The popup's sync line asks the worker for the status, and so starts the sync run that opening the popup
 * brings, only once the library is listed: neither reads the database while the list is first read.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncView } from '../../../src/shared/sync-view.ts';

const requests: Array<{ refresh?: boolean }> = [];
const VIEW: SyncView = { enabled: true, state: 'idle', pending: 0, lastSyncAt: '2026-12-06T10:00:00.000Z' };

vi.mock('../../../src/shared/runtime.ts', () => ({
  sendToBackground: (_type: string, payload: { refresh?: boolean }) => {
    requests.push(payload);
    return Promise.resolve({ ok: true, value: VIEW });
  },
}));

const { SyncLine, WATCH_MS } = await import('../../../popup/SyncLine.tsx');

let root: HTMLElement;
const mount = async (listed: boolean): Promise<void> => {
  await act(async () => {
    render(<SyncLine listed={listed} />, root);
    await Promise.resolve();
  });
};
const refreshes = (): number => requests.filter((r) => r.refresh).length;

beforeEach(() => {
  requests.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  // Inside act: unmounting schedules preact's after-paint flush, which outside act is a real 100 ms
  // timeout that can fire after the file's jsdom is gone (or be left uncleared by fake timers).
  await act(() => render(null, root));
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('SyncLine', () => {
  it('asks nothing while the list is still being read, and shows the status once it is listed', async () => {
    await mount(false);
    expect(requests).toEqual([]);
    expect(root.querySelector('.sync-line')).toBeNull();
    await mount(true);
    expect(requests).toEqual([{ refresh: true }]);
    expect(root.querySelector('.sync-line')?.textContent).toMatch(/^Last synced: /);
  });

  it('starts the run once the list is shown, and only once when the list is read again', async () => {
    vi.useFakeTimers();
    await mount(false);
    await mount(true);
    expect(refreshes()).toBe(1);
    // A reload of the list (loading, then listed again) keeps the one watch going, with no extra run.
    await mount(false);
    await mount(true);
    expect(refreshes()).toBe(1);
    await act(async () => {
      vi.advanceTimersByTime(WATCH_MS);
      await Promise.resolve();
    });
    expect(refreshes()).toBe(2);
  });
});
