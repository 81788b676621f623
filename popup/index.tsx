// First: starts reading the library before the rest of the popup's modules are evaluated.
import './start-first-screen.ts';
import { render } from 'preact';
import { setPageLanguage } from '../src/shared/page-language.ts';
import { App } from './App.tsx';

setPageLanguage();
// In a tab of its own (`?view=library`) the library takes the window's width and height; the toolbar
// popup keeps its fixed size, which is what sizes the popup window.
if (new URLSearchParams(location.search).get('view') === 'library')
  document.documentElement.dataset['page'] = 'tab';
const root = document.getElementById('app');
if (root) render(<App />, root);
