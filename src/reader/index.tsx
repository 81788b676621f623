import { render } from 'preact';
import { Reader } from './Reader.tsx';

// The page's own words come from chrome.i18n, so the page language is the UI language (the article sets its own).
document.documentElement.lang = globalThis.chrome?.i18n?.getUILanguage?.() ?? 'en';
// The saved reading position is restored by the reader once the article is laid out; the browser's own guess would fight it.
history.scrollRestoration = 'manual';
const root = document.getElementById('app');
if (root) render(<Reader id={new URLSearchParams(location.search).get('id')} />, root);
