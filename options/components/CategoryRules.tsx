import { useState } from 'preact/hooks';
import { explainInvalidRule } from '../../src/shared/category-rules.ts';
import { t, type MessageKey } from '../../src/shared/i18n.ts';
import { OPTION_LIMITS, type CategoryRule } from '../../src/shared/options.ts';
import type { UpdateOptions } from './types.ts';

/** Rename or merge sources: one rule per source name, several rules may share a target. */
export function CategoryRules({ rules, update }: { rules: CategoryRule[]; update: UpdateOptions }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<MessageKey>();

  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    const rule = { from: from.trim(), to: to.trim() };
    const found = explainInvalidRule(rule, rules, OPTION_LIMITS.maxCategoryChars);
    setProblem(found);
    if (found) return;
    await update((current) => ({ ...current, categoryRules: [...current.categoryRules, rule] }));
    setFrom('');
    setTo('');
  };

  return (
    <section class="card category-rules">
      <h2>{t('optionsCategoriesHeading')}</h2>
      <p class="hint">{t('optionsCategoriesIntro')}</p>
      {rules.length === 0 && <p class="hint empty">{t('optionsNone')}</p>}
      <ul class="rules">
        {rules.map((rule) => (
          <li key={rule.from} data-from={rule.from}>
            <span class="from">{rule.from}</span> <span aria-hidden="true">→</span>{' '}
            <span class="to">{rule.to}</span>
            <button
              type="button"
              class="remove"
              onClick={() =>
                void update((c) => ({
                  ...c,
                  categoryRules: c.categoryRules.filter((r) => r.from !== rule.from),
                }))
              }
            >
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="row" onSubmit={(e) => void add(e)}>
        <label>
          <span class="label">{t('optionsRuleFrom')}</span>
          <input name="from" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          <span class="label">{t('optionsRuleTo')}</span>
          <input name="to" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('optionsAdd')}</button>
      </form>
      <p class="problem" role="alert">
        {problem ? t(problem) : ''}
      </p>
    </section>
  );
}
