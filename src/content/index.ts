import { listenForMessages } from './router.ts';
import { autoSaveSharePage } from './auto-save.ts';

// The background worker may inject this script into a page that already has it (popup "save"): run once.
const marker = Symbol.for('jianbao.content');
const scope = globalThis as typeof globalThis & { [marker]?: true };
if (!scope[marker]) {
  scope[marker] = true;
  listenForMessages();
  void autoSaveSharePage();
}
