import { useEffect } from 'react';
import { AppHeader } from '../components/header/AppHeader';
import { FilterSidebar } from '../components/filters/FilterSidebar';
import { IndicatorList } from '../components/list/IndicatorList';
import { UrlNotice } from '../components/notice/UrlNotice';
import { ProvenancePanel } from '../components/provenance/ProvenancePanel';
import { ListToolbar } from '../components/toolbar/ListToolbar';
import { ExportToolbarConnected } from '../components/export/ConnectedExport';
import { ImportPanelConnected } from '../components/import/ImportPanelConnected';
import { useT } from '../components/common/use-t';
import { useAppStore } from '../store/store-context';

export function Dashboard() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
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
          <ExportToolbarConnected />
          <details className="import-section no-print">
            <summary>{t('import.open')}</summary>
            <ImportPanelConnected />
          </details>
          <IndicatorList />
        </main>
        <ProvenancePanel />
      </div>
    </div>
  );
}
