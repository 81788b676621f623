import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../src/shared/i18n.ts';
import { App } from './App.tsx';

document.title = t('optionsTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
