/**
 * The machine's load, printed beside the figures: on a shared machine a slow figure next to a load of 6
 * on 2 cores says "re-run", not "regression". Figures are compared with the reference measured in the
 * same run; the load says how far that comparison can be trusted.
 */
import { availableParallelism, loadavg } from 'node:os';

/** `load 1.2 (1-min average) on 2 cores`. */
export function loadLine(): string {
  return `load ${loadavg()[0]!.toFixed(1)} (1-min average) on ${availableParallelism()} cores`;
}
