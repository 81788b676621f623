import { render } from 'preact';
import { setPageLanguage } from '../src/shared/page-language.ts';
import { App } from './App.tsx';

setPageLanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
