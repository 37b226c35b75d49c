import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Status } from '../domain/progress-types';
import { AppHeader } from '../components/header/AppHeader';
import { FilterSidebar } from '../components/filters/FilterSidebar';
import { IndicatorList } from '../components/list/IndicatorList';
import { UrlNotice } from '../components/notice/UrlNotice';
import { ProvenancePanel } from '../components/provenance/ProvenancePanel';
import { ListToolbar } from '../components/toolbar/ListToolbar';
import { LazyExportToolbar, LazyImportPanel } from '../components/export/LazyExport';
import { useT } from '../components/common/use-t';
import { LegendContext } from '../components/common/legend-context';
import { useAppStore } from '../store/store-context';

// The legend's code and long texts load on the first click that opens it.
const StatusLegend = lazy(() => import('../components/legend/StatusLegend'));

/** The whole page; `list` replaces the live, windowed list (the build-time snapshot passes its own). */
export function Dashboard({ list = <IndicatorList /> }: { list?: ReactNode }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  // The import panel (and its CSV parser) loads the first time the section is opened.
  const [importOpen, setImportOpen] = useState(false);
  // The status legend: open from the header or any badge, at that badge's status; focus returns to the opener.
  const [legend, setLegend] = useState<{ status?: Status } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const openLegend = useCallback((from: HTMLElement, status?: Status) => {
    opener.current = from;
    setLegend(status ? { status } : {});
  }, []);
  const closeLegend = useCallback(() => {
    setLegend(null);
    if (opener.current?.isConnected) opener.current.focus();
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);
  return (
    <LegendContext.Provider value={openLegend}>
      <div className="app">
        <a className="skip-link" href="#panels">
          {t('skip.panels')}
        </a>
        <AppHeader />
        <div className="app-body">
          <FilterSidebar />
          <main className="app-main" id="panels" tabIndex={-1}>
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
        {legend && (
          <Suspense fallback={null}>
            <StatusLegend {...legend} onClose={closeLegend} />
          </Suspense>
        )}
      </div>
    </LegendContext.Provider>
  );
}
