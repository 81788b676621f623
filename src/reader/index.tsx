import { render } from 'preact';
import { setPageLanguage } from '../shared/page-language.ts';
import { Reader } from './Reader.tsx';

// The article sets its own lang on <article>.
setPageLanguage();
// The saved reading position is restored by the reader once the article is laid out;
// the browser's own guess would fight it.
history.scrollRestoration = 'manual';
const root = document.getElementById('app');
if (root) render(<Reader id={new URLSearchParams(location.search).get('id')} />, root);
