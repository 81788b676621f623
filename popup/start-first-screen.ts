/**
 * Imported first by the popup's entry: ES modules run in import order, so this starts the library read
 * before preact, the extension API polyfill and the components are evaluated.
 */
import { startFirstScreen } from './first-screen.ts';

startFirstScreen();
