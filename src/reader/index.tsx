import { render } from 'preact';
import { Reader } from './Reader.tsx';

const root = document.getElementById('app');
if (root) render(<main class="reader"><Reader id={new URLSearchParams(location.search).get('id')} /></main>, root);
