import { render } from 'preact';
import { t } from '../src/shared/i18n.ts';
import { setPageLanguage } from '../src/shared/page-language.ts';
import { HighlightsPage } from './HighlightsPage.tsx';

document.title = t('hlpage_pageTitle');
// Each article's title and quotes carry the article's own lang.
setPageLanguage();
const root = document.getElementById('app');
if (root) render(<HighlightsPage />, root);
