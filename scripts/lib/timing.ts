/**
 * Timing for benchmarks on a shared machine. CPU time (`process.cpuUsage`, all threads of this process) is
 * reported next to wall time: with other jobs on the cores wall time mostly measures waiting, while CPU
 * time still measures the work. Both engines are timed in alternation, so drift hits them alike.
 */

export interface Sample {
  cpu: number;
  wall: number;
}

/** CPU ms this process has used so far, all threads. */
export const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Runs `fn` on a freshly prepared input and returns its value and cost; preparing is not timed. */
async function timeOnce<I, T>(
  prepare: () => I,
  fn: (input: I) => T | Promise<T>,
): Promise<{ value: T; sample: Sample }> {
  const input = prepare();
  const c = cpuMs();
  const w = performance.now();
  const value = await fn(input);
  return { value, sample: { cpu: cpuMs() - c, wall: performance.now() - w } };
}

export interface Contest<I, A, B> {
  prepare: () => I;
  ours: (input: I) => A | Promise<A>;
  theirs: (input: I) => B | Promise<B>;
  warmup: number;
  runs: number;
}

/** Alternates the two engines run by run; returns the last values and every timed sample. */
export async function contest<I, A, B>(
  c: Contest<I, A, B>,
): Promise<{ ours: A; theirs: B; oursMs: Sample[]; theirsMs: Sample[] }> {
  const oursMs: Sample[] = [];
  const theirsMs: Sample[] = [];
  let ours!: A;
  let theirs!: B;
  for (let i = 0; i < c.warmup + c.runs; i++) {
    const a = await timeOnce(c.prepare, c.ours);
    const b = await timeOnce(c.prepare, c.theirs);
    ours = a.value;
    theirs = b.value;
    if (i >= c.warmup) {
      oursMs.push(a.sample);
      theirsMs.push(b.sample);
    }
  }
  return { ours, theirs, oursMs, theirsMs };
}

export function median(values: number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export const geomean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
