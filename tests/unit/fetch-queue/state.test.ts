import { describe, expect, it } from 'vitest';
import { initialQueueState, readQueueState } from '../../../src/background/fetch-queue/state.ts';

describe('readQueueState', () => {
  it('reads back what was saved', () => {
    const saved = {
      mode: 'paused',
      done: 12,
      failedIds: ['a'],
      retry: ['b'],
      hostFreeAt: { 'a.test': 5 },
      cancelledPending: 3,
    };
    expect(readQueueState(structuredClone(saved))).toEqual(saved);
  });

  it('starts an empty run from nothing or from a malformed state, dropping the bad fields only', () => {
    expect(readQueueState(undefined)).toEqual(initialQueueState());
    expect(readQueueState('running')).toEqual(initialQueueState());
    expect(
      readQueueState({
        mode: 'flying',
        done: -1,
        failedIds: [1],
        retry: 'x',
        hostFreeAt: { a: 'soon', b: 2 },
      }),
    ).toEqual({ ...initialQueueState(), hostFreeAt: { b: 2 } });
  });
});
