import { useEffect, useState, type ReactNode } from 'react';
import { AppHeader } from '../components/header/AppHeader';
import { FilterSidebar } from '../components/filters/FilterSidebar';
import { IndicatorList } from '../components/list/IndicatorList';
import { UrlNotice } from '../components/notice/UrlNotice';
import { ProvenancePanel } from '../components/provenance/ProvenancePanel';
import { ListToolbar } from '../components/toolbar/ListToolbar';
import { LazyExportToolbar, LazyImportPanel } from '../components/export/LazyExport';
import { useT } from '../components/common/use-t';
import { useAppStore } from '../store/store-context';

/** The whole page; `list` replaces the live, windowed list (the build-time snapshot passes its own). */
export function Dashboard({ list = <IndicatorList /> }: { list?: ReactNode }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  // The import panel (and its CSV parser) loads the first time the section is opened.
  const [importOpen, setImportOpen] = useState(false);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);
  return (
    <div className="app">
      <AppHeader />
      <div className="app-body">
        <FilterSidebar />
        <main className="app-main" tabIndex={-1}>
          <UrlNotice />
          <ListToolbar />
          <LazyExportToolbar />
          <details
            className="import-section no-print"
            onToggle={(e) => setImportOpen(importOpen || e.currentTarget.open)}
          >
            <summary>{t('import.open')}</summary>
            {importOpen && <LazyImportPanel />}
          </details>
          {list}
        </main>
        <ProvenancePanel />
      </div>
    </div>
  );
}
