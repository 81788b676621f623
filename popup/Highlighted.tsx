import type { Range } from '../src/store/index.ts';
import { highlightParts } from './highlight-parts.ts';

/** Text with its matches wrapped in <mark>: built as text nodes, never as an HTML string. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  if (!ranges.length) return <>{text}</>;
  return (
    <>
      {highlightParts(text, ranges).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
