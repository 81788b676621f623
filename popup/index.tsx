// First: starts reading the library before the rest of the popup's modules are evaluated.
import './start-first-screen.ts';
import { render } from 'preact';
import { setPageLanguage } from '../src/shared/page-language.ts';
import { App } from './App.tsx';

setPageLanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
