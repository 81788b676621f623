/**
 * The library's tags with their counts, for completion in the tag boxes. Read only once a tag box is
 * focused (the first paint does without it), and again after an edit while it is in use.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { listTags, type LibraryDb, type TagCount } from '../src/store/index.ts';

/**
 * @param revision bumped after every store write, so a tag just added is offered at once.
 */
export function useTagList(
  db: LibraryDb | undefined,
  revision: number,
): { tags: TagCount[]; want: () => void } {
  const [wanted, setWanted] = useState(false);
  const [tags, setTags] = useState<TagCount[]>([]);
  const latest = useRef(0);
  useEffect(() => {
    if (!wanted || !db) return;
    const ticket = ++latest.current;
    listTags(db).then(
      (list) => {
        if (ticket === latest.current) setTags(list);
      },
      // Completion is a convenience: without it the boxes still take any tag typed.
      (error: unknown) => console.error('[jianbao/popup] cannot list the tags', error),
    );
  }, [wanted, db, revision]);
  const want = useCallback(() => setWanted(true), []);
  return { tags, want };
}
