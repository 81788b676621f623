/**
 * Which link starts next: at most `concurrency` at once, one per site, and a site's next link only once
 * its pause is over. Pure, so the rules are tested with a fake clock.
 */
import { type Backlog, type QueueItem } from './backlog.ts';

export interface ScheduleLimits {
  concurrency: number;
  hostPauseMs: number;
}

export interface Running {
  /** Sites with a page loading now. */
  busyHosts: ReadonlySet<string>;
  /** Per site, the time (ms since the epoch) its pause ends. */
  hostFreeAt: Readonly<Record<string, number>>;
}

export type NextStep =
  /** Start this link now. */
  | { kind: 'start'; item: QueueItem; host: string }
  /** Nothing may start before `ms` from now (a site's pause); check again then. */
  | { kind: 'wait'; ms: number }
  /** Every slot is taken, or every waiting site has a page loading: check again when one finishes. */
  | { kind: 'busy' }
  /** Nothing waiting. */
  | { kind: 'empty' };

/**
 * The next step at `now`. Among the sites free to start, the one that has waited longest goes first, so
 * every site advances and one site's thousand links do not hold up the rest.
 */
export function nextStep(backlog: Backlog, running: Running, now: number, limits: ScheduleLimits): NextStep {
  if (!backlog.size) return running.busyHosts.size ? { kind: 'busy' } : { kind: 'empty' };
  if (running.busyHosts.size >= limits.concurrency) return { kind: 'busy' };
  let best: { item: QueueItem; host: string; freeAt: number } | undefined;
  let soonest = Infinity;
  for (const { host, item } of backlog.heads()) {
    if (running.busyHosts.has(host)) continue;
    const freeAt = running.hostFreeAt[host] ?? 0;
    if (freeAt > now) {
      soonest = Math.min(soonest, freeAt);
      continue;
    }
    if (!best || freeAt < best.freeAt) best = { item, host, freeAt };
  }
  if (best) return { kind: 'start', item: best.item, host: best.host };
  return soonest < Infinity ? { kind: 'wait', ms: soonest - now } : { kind: 'busy' };
}

/** A site's pause starts when its page is done; pauses already over are forgotten. */
export function afterPage(
  hostFreeAt: Readonly<Record<string, number>>,
  host: string,
  now: number,
  limits: ScheduleLimits,
): Record<string, number> {
  const next: Record<string, number> = {};
  for (const [site, at] of Object.entries(hostFreeAt)) if (at > now) next[site] = at;
  next[host] = now + limits.hostPauseMs;
  return next;
}
