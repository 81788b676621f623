/** The queue's run as it is kept in chrome.storage.local, so a restarted worker carries on where it was. */
import type { QueueMode } from '../../shared/fetch-queue-view.ts';

export interface QueueState {
  mode: QueueMode;
  /** Links fetched in this run. */
  done: number;
  /** Ids of the links that failed in this run. */
  failedIds: string[];
  /** Failed links the person asked to try again, not yet tried. */
  retry: string[];
  /** Per site, when its pause ends (ms since the epoch): politeness holds across a restart too. */
  hostFreeAt: Record<string, number>;
  /** Links left when the run was cancelled: only an import that adds links starts the next run by itself. */
  cancelledPending?: number;
}

export const initialQueueState = (): QueueState => ({
  mode: 'idle',
  done: 0,
  failedIds: [],
  retry: [],
  hostFreeAt: {},
});

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** What storage holds, checked: a malformed state starts an empty run (links are records: none is lost). */
export function readQueueState(stored: unknown): QueueState {
  const s = stored as Partial<Record<keyof QueueState, unknown>> | null | undefined;
  const fresh = initialQueueState();
  if (typeof s !== 'object' || s === null) return fresh;
  const mode = ['running', 'paused', 'cancelled', 'idle'].includes(s.mode as string)
    ? (s.mode as QueueMode)
    : fresh.mode;
  const hostFreeAt: Record<string, number> = {};
  if (typeof s.hostFreeAt === 'object' && s.hostFreeAt !== null)
    for (const [host, at] of Object.entries(s.hostFreeAt)) if (typeof at === 'number') hostFreeAt[host] = at;
  return {
    mode,
    done: typeof s.done === 'number' && s.done >= 0 ? s.done : 0,
    failedIds: isStringArray(s.failedIds) ? s.failedIds : [],
    retry: isStringArray(s.retry) ? s.retry : [],
    hostFreeAt,
    ...(typeof s.cancelledPending === 'number' ? { cancelledPending: s.cancelledPending } : {}),
  };
}
