/**
 * The whole `jianbao extract` command on a page, as a user types it: a new Node process, start-up
 * included, timed from spawn to exit (wall time: the child's start-up is part of what the user waits for).
 * The bundle is built first, so the figure is the one users get after `npm ci` (bin/jianbao.js runs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli } from '../../build/build-cli.ts';
import { freshBundle } from '../../bin/fresh-bundle.js';
import { repoRoot } from '../../testkit/corpus.ts';
import type { BenchPage } from '../lib/bench-pages.ts';
import { median } from '../lib/timing.ts';

export interface CommandTimes {
  /** Wall ms of each run, in order. */
  runs: number[];
  median: number;
  /** Wall ms of `jianbao --version`: start-up alone. */
  startUp: number;
  /** Which code ran: the bundle, or the TypeScript through tsx (a source newer than the bundle). */
  entry: 'bundle' | 'tsx';
}

function timed(args: string[]): { ms: number; status: number | null; stdout: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'jianbao.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ms: performance.now() - started, status: r.status, stdout: r.stdout };
}

export async function timeCliCommand(page: BenchPage, runs = 3): Promise<CommandTimes> {
  await buildCli();
  const entry = freshBundle(pathToFileURL(`${repoRoot}/`)) ? 'bundle' : 'tsx';
  const dir = mkdtempSync(path.join(tmpdir(), 'jianbao-bench-cli-'));
  try {
    const file = path.join(dir, 'page.html');
    writeFileSync(file, page.html);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = timed(['extract', file, '--url', page.url]);
      if (r.status !== 0) throw new Error(`jianbao extract exited ${r.status}`);
      times.push(r.ms);
    }
    return { runs: times, median: median(times), startUp: timed(['--version']).ms, entry };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
