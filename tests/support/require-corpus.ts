/**
 * Vitest global setup: a run without the corpus stops here with one message saying where the corpus
 * is expected and why, instead of every corpus-reading test failing on its own ENOENT.
 */
import { assertCorpusPresent } from '../../testkit/corpus.ts';

export default function requireCorpus(): void {
  assertCorpusPresent();
}
