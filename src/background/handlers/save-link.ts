import type { Handler } from '../route.ts';
import { saveLinkAndReport } from '../save-and-report.ts';

/** An extension page asks to save a linked page in the background. */
export const saveLinkHandler: Handler<'saveLink'> = ({ url, openInReader }, sender) =>
  saveLinkAndReport(url, { tab: sender.tab, openInReader: openInReader ?? false });
