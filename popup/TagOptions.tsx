import type { TagCount } from '../src/store/index.ts';

/** The completion list of a tag box: every tag, with how many articles carry it. */
export function TagOptions({ id, tags }: { id: string; tags: readonly TagCount[] }) {
  return (
    <datalist id={id}>
      {tags.map(({ tag, count }) => (
        <option key={tag} value={tag} label={`${tag} (${count})`} />
      ))}
    </datalist>
  );
}
