import { useEffect, useState } from 'preact/hooks';
import { TAG_MAX_CHARS, normalizeTag, validateTag } from '../../src/annotations/limits.ts';
import { counted } from '../../src/shared/counted.ts';
import { t } from '../../src/shared/i18n.ts';
import { onLibraryMessage } from '../../src/shared/library-channel.ts';
import { announceLibraryWrite } from '../../src/shared/announce-write.ts';
import { listTags, renameTag, sharedLibrary } from '../../src/store/index.ts';

interface TagCount {
  tag: string;
  count: number;
}

interface Merge {
  from: string;
  to: string;
  count: number;
}

/** Why a new name is refused, in words; undefined when it can be used. */
function refusalOf(raw: string): string | undefined {
  const check = validateTag(raw);
  if (check.ok) return undefined;
  if (check.reason === 'empty') return t('tagadmin_emptyName');
  return t('tagadmin_tooLong', [String(TAG_MAX_CHARS), String([...normalizeTag(raw)].length)]);
}

/**
 * Every tag in the library with how many articles carry it; renaming one changes every article in one
 * transaction, and renaming it to a tag that exists merges the two after a confirmation.
 */
export function Tags() {
  const [tags, setTags] = useState<TagCount[]>();
  const [editing, setEditing] = useState<string>();
  const [draft, setDraft] = useState('');
  const [merge, setMerge] = useState<Merge>();
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');

  const refresh = async (): Promise<void> => setTags(await listTags(await sharedLibrary()));
  useEffect(() => {
    void refresh();
    // Tags added in the popup or the reader while this page is open.
    return onLibraryMessage(() => void refresh());
  }, []);

  const startRename = (tag: string): void => {
    setEditing(tag);
    setDraft(tag);
    setMerge(undefined);
    setProblem('');
    setDone('');
  };

  const apply = async (from: string, to: string, merging: boolean): Promise<void> => {
    try {
      const changed = await renameTag(await sharedLibrary(), from, to);
      announceLibraryWrite();
      setDone(t(merging ? 'tagadmin_merged' : 'tagadmin_renamed', [from, to, counted('articles', changed)]));
      setEditing(undefined);
      setMerge(undefined);
    } catch (error) {
      setProblem(t('tagadmin_failed', String((error as Error)?.message ?? error)));
    }
    await refresh();
  };

  const submit = async (event: Event, from: string): Promise<void> => {
    event.preventDefault();
    setDone('');
    const refusal = refusalOf(draft);
    setProblem(refusal ?? '');
    if (refusal) return;
    const to = normalizeTag(draft);
    if (to === from) {
      setProblem(t('tagadmin_sameName'));
      return;
    }
    if (tags?.some((entry) => entry.tag === to)) {
      const count = tags.find((entry) => entry.tag === from)?.count ?? 0;
      setMerge({ from, to, count });
      return;
    }
    await apply(from, to, false);
  };

  return (
    <section class="card tags">
      <h2>{t('tagadmin_heading')}</h2>
      <p class="hint">{t('tagadmin_intro')}</p>
      {tags?.length === 0 && <p class="hint empty">{t('tagadmin_none')}</p>}
      <ul class="rules tag-list">
        {tags?.map(({ tag, count }, index) => (
          <li key={tag} data-tag={tag}>
            <span>
              <span id={`tag-name-${index}`} class="tag-name">
                {tag}
              </span>{' '}
              <span class="tag-count label">{counted('articles', count)}</span>
            </span>
            {editing === tag ? (
              <form class="row rename-form" onSubmit={(e) => void submit(e, tag)}>
                <label>
                  <span class="label">{t('tagadmin_renameLabel', tag)}</span>
                  <input
                    name="to"
                    value={draft}
                    autoFocus
                    onInput={(e) => {
                      setDraft(e.currentTarget.value);
                      setMerge(undefined);
                    }}
                  />
                </label>
                <button type="submit">{t('tagadmin_save')}</button>
                <button
                  type="button"
                  class="cancel"
                  onClick={() => {
                    setEditing(undefined);
                    setProblem('');
                  }}
                >
                  {t('optionsCancel')}
                </button>
              </form>
            ) : (
              <button
                type="button"
                class="rename-tag"
                aria-describedby={`tag-name-${index}`}
                onClick={() => startRename(tag)}
              >
                {t('tagadmin_rename')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {merge && (
        <div class="confirm" role="alertdialog" aria-labelledby="tag-merge-text">
          <p id="tag-merge-text">
            {t('tagadmin_mergeConfirm', [merge.from, merge.to, counted('articles', merge.count)])}
          </p>
          <button
            type="button"
            class="danger confirm-merge"
            onClick={() => void apply(merge.from, merge.to, true)}
          >
            {t('tagadmin_mergeYes')}
          </button>
          <button type="button" class="cancel" autoFocus onClick={() => setMerge(undefined)}>
            {t('optionsCancel')}
          </button>
        </div>
      )}
      <p class="problem" role="alert">
        {problem}
      </p>
      <p class="status" role="status" data-kind="ok">
        {done}
      </p>
    </section>
  );
}
