import { render } from 'preact';
import { t } from '../src/shared/i18n.ts';
import { setPageLanguage } from '../src/shared/page-language.ts';
import { App } from './App.tsx';

document.title = t('optionsTitle');
setPageLanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
