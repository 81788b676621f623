import { postLibraryMessage } from './library-channel.ts';
import { sendToBackground } from './runtime.ts';

/**
 * Says that this page wrote to the library: to the other open pages on the library channel, and to the
 * worker with a runtime message, which starts it when Chromium has stopped it (an idle worker is stopped
 * after 30 s, and a channel message reaches only a running one). The worker pushes the change to the
 * sync server within seconds and looks for imported links to fetch.
 */
export function announceLibraryWrite(): void {
  postLibraryMessage({ type: 'library-written' });
  // A worker that cannot answer now still runs a round at its next start, alarm or popup open.
  void sendToBackground('libraryWritten', {});
}
