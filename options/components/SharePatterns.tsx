import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../src/shared/i18n.ts';
import { explainInvalidPattern } from '../../src/shared/match-pattern.ts';
import { DEFAULT_SHARE_PATTERNS, OPTION_LIMITS } from '../../src/shared/options.ts';
import { releaseHostAccess, requestHostAccess, syncShareScripts } from '../share-scripts.ts';
import type { UpdateOptions } from './types.ts';

type Problem = { key: MessageKey; subs?: string[] } | undefined;

function problemOf(pattern: string, patterns: readonly string[]): Problem {
  const invalid = explainInvalidPattern(pattern);
  if (invalid) return { key: invalid };
  if (patterns.includes(pattern) || DEFAULT_SHARE_PATTERNS.includes(pattern))
    return { key: 'patternDuplicate' };
  if (patterns.length >= OPTION_LIMITS.maxPatterns)
    return { key: 'patternLimit', subs: [String(OPTION_LIMITS.maxPatterns)] };
  return undefined;
}

/** Built-in patterns (read-only) and the user's own: each added one gets host access and a content script. */
export function SharePatterns({ patterns, update }: { patterns: string[]; update: UpdateOptions }) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<Problem>();

  // Registered scripts follow the stored list, also after an import of settings or a hand edit.
  useEffect(() => {
    syncShareScripts(patterns).catch((error: unknown) =>
      setProblem({ key: 'optionsPatternFailed', subs: [String(error)] }),
    );
  }, [patterns.join('\n')]);

  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    const pattern = draft.trim();
    const found = problemOf(pattern, patterns);
    setProblem(found);
    if (found) return;
    // First await of the click: the permission prompt needs the user gesture.
    const granted = await requestHostAccess(pattern).catch(() => false);
    if (!granted) {
      setProblem({ key: 'optionsPatternDenied', subs: [pattern] });
      return;
    }
    await update((current) => ({ ...current, sharePatterns: [...current.sharePatterns, pattern] }));
    setDraft('');
  };

  const remove = (pattern: string): void => {
    void update((current) => ({
      ...current,
      sharePatterns: current.sharePatterns.filter((p) => p !== pattern),
    })).then((next) => releaseHostAccess(pattern, next.sharePatterns));
  };

  return (
    <section class="card share-patterns" aria-labelledby="share-patterns-heading">
      <h2 id="share-patterns-heading">{t('optionsSharePagesHeading')}</h2>
      <p class="hint">{t('optionsSharePagesIntro')}</p>
      <h3>{t('optionsBuiltInPatterns')}</h3>
      <ul class="patterns built-in">
        {DEFAULT_SHARE_PATTERNS.map((pattern) => (
          <li key={pattern}>
            <code>{pattern}</code>
          </li>
        ))}
      </ul>
      <h3>{t('optionsYourPatterns')}</h3>
      {patterns.length === 0 && <p class="hint empty">{t('optionsNone')}</p>}
      <ul class="patterns user">
        {patterns.map((pattern) => (
          <li key={pattern} data-pattern={pattern}>
            <code>{pattern}</code>
            <button type="button" class="remove" onClick={() => remove(pattern)}>
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="row" onSubmit={(e) => void add(e)}>
        <label>
          <span class="label">{t('optionsPatternLabel')}</span>
          <input
            name="pattern"
            type="text"
            spellcheck={false}
            value={draft}
            placeholder={t('optionsPatternPlaceholder')}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby="pattern-problem"
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('optionsAdd')}</button>
      </form>
      <p id="pattern-problem" class="problem" role="alert">
        {problem ? t(problem.key, problem.subs) : ''}
      </p>
    </section>
  );
}
