import { t } from '../src/shared/i18n.ts';
import { CategoryRules } from './components/CategoryRules.tsx';
import { ExportImport } from './components/ExportImport.tsx';
import { FetchQueue } from './components/FetchQueue.tsx';
import { ReaderDefaults } from './components/ReaderDefaults.tsx';
import { ShareBehaviour } from './components/ShareBehaviour.tsx';
import { SharePatterns } from './components/SharePatterns.tsx';
import { SiteAccess } from './components/SiteAccess.tsx';
import { StorageUsage } from './components/StorageUsage.tsx';
import { Sync } from './components/Sync.tsx';
import { Tags } from './components/Tags.tsx';
import { useOptions } from './use-options.ts';

/** The options page: one section per component, each saving its own part of the options. */
export function App() {
  const [options, update] = useOptions();
  if (!options) return <p class="status">{t('optionsLoading')}</p>;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <SharePatterns patterns={options.sharePatterns} update={update} />
      <ShareBehaviour value={options.sharePageAction} update={update} />
      <SiteAccess />
      <ReaderDefaults reader={options.reader} update={update} />
      <CategoryRules rules={options.categoryRules} update={update} />
      <Tags />
      <Sync />
      <ExportImport />
      <FetchQueue />
      <StorageUsage />
    </main>
  );
}
