import { t, type MessageKey } from '../../src/shared/i18n.ts';
import type { SharePageAction } from '../../src/shared/options.ts';
import type { UpdateOptions } from './types.ts';

const CHOICES: Array<[SharePageAction, MessageKey]> = [
  ['auto-open', 'optionsBehaviourAutoOpen'],
  ['notice', 'optionsBehaviourNotice'],
  ['off', 'optionsBehaviourOff'],
];

export function ShareBehaviour({ value, update }: { value: SharePageAction; update: UpdateOptions }) {
  return (
    <section class="card share-behaviour">
      <fieldset>
        <legend>
          <h2>{t('optionsBehaviourHeading')}</h2>
        </legend>
        {CHOICES.map(([action, key]) => (
          <label key={action} class="choice">
            <input
              type="radio"
              name="sharePageAction"
              value={action}
              checked={value === action}
              onChange={() => void update((current) => ({ ...current, sharePageAction: action }))}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
