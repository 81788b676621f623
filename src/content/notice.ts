import { t } from '../shared/i18n.ts';
import { NOTICE_CSS } from './notice.css.ts';

export type NoticeState =
  | { kind: 'saving' }
  | { kind: 'saved'; created: boolean; onOpen: () => void }
  | { kind: 'failed'; reason: string };

/** How long a success notice stays before it fades; failures stay until dismissed. */
const SAVED_NOTICE_MS = 8_000;

export interface Notice {
  show(state: NoticeState): void;
  remove(): void;
}

function button(doc: Document, label: string, className: string, onClick: () => void): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

/** A constructed sheet is not subject to the page's `style-src` CSP; a <style> element is the fallback. */
function applyStyles(doc: Document, shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(NOTICE_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = NOTICE_CSS;
    shadow.prepend(style);
  }
}

/**
 * The page may define `jianbao-notice` itself (its constructor then runs on our element and can take the
 * shadow root first, which would make `attachShadow` throw and stop the save). A page-defined tag matches
 * `:defined`; a plain `div` host cannot be redefined by the page.
 */
function attachHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  const tagged = doc.createElement('jianbao-notice');
  const host = tagged.matches(':defined') ? doc.createElement('div') : tagged;
  return { host, shadow: host.attachShadow({ mode: 'closed' }) };
}

/**
 * A small notice in a closed shadow root: the page can neither style it nor reach into it.
 * Built with DOM calls and textContent only, so no page-controlled string is ever parsed as HTML.
 */
export function createNotice(doc: Document): Notice {
  const { host, shadow } = attachHost(doc);
  const box = doc.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  shadow.append(box);
  applyStyles(doc, shadow);
  let fadeTimer: ReturnType<typeof setTimeout> | undefined;

  const remove = (): void => {
    clearTimeout(fadeTimer);
    host.remove();
  };

  const show = (state: NoticeState): void => {
    clearTimeout(fadeTimer);
    box.replaceChildren();
    box.dataset.state = state.kind;
    const message = doc.createElement('span');
    message.className = 'message';
    // The buttons wrap as one group under the message, never one of them alone on a row of its own.
    const actions = doc.createElement('span');
    actions.className = 'actions';
    box.append(message, actions);
    if (state.kind === 'saving') {
      message.textContent = t('noticeSaving');
    } else if (state.kind === 'saved') {
      message.textContent = t(state.created ? 'noticeSaved' : 'noticeUpdated');
      actions.append(button(doc, t('noticeOpenReader'), 'primary', state.onOpen));
      fadeTimer = setTimeout(remove, SAVED_NOTICE_MS);
    } else {
      message.textContent = t('noticeFailed', state.reason);
    }
    actions.append(button(doc, t('noticeDismiss'), 'secondary', remove));
    if (!host.isConnected) doc.documentElement.append(host);
  };

  return { show, remove };
}
