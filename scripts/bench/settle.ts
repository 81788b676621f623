/**
 * Waits until the machine is quiet. Right after a bulk insert of ~80 MB, Chromium's IndexedDB backend
 * (LevelDB) compacts for tens of seconds on a 2-core machine; a popup opened or a query typed in that
 * time measures the compaction, not Jianbao, and no user opens the popup in the minute after importing
 * 10,000 articles. Linux only (/proc/stat); elsewhere it returns at once.
 */
import { existsSync, readFileSync } from 'node:fs';

export const SETTLE = {
  /** Busy share of all cores below which the machine counts as quiet. */
  quietBusyShare: 0.15,
  /** Length of one sample, and how many quiet samples in a row are needed. */
  sampleMs: 1_000,
  quietSamples: 3,
  /** Measure anyway after this long, and say so. */
  maxMs: 120_000,
} as const;

function cpuTimes(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3]! + (fields[4] ?? 0);
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** Resolves with the time waited and whether the machine did get quiet. */
export async function settle(): Promise<{ ms: number; quiet: boolean }> {
  const started = Date.now();
  if (!existsSync('/proc/stat')) return { ms: 0, quiet: false };
  let quietInARow = 0;
  while (Date.now() - started < SETTLE.maxMs) {
    const a = cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, SETTLE.sampleMs));
    const b = cpuTimes();
    const share = (b.busy - a.busy) / Math.max(1, b.total - a.total);
    quietInARow = share < SETTLE.quietBusyShare ? quietInARow + 1 : 0;
    if (quietInARow >= SETTLE.quietSamples) return { ms: Date.now() - started, quiet: true };
  }
  return { ms: Date.now() - started, quiet: false };
}
