// Export and import code (papaparse, fflate, the renderers) is not needed to show the first panel: it loads
// on its own chunk after first paint, and its place is kept so nothing jumps when it arrives.
import { lazy, Suspense } from 'react';

const ExportToolbarConnected = lazy(() =>
  import('./ConnectedExport').then((m) => ({ default: m.ExportToolbarConnected })),
);
const PanelExportConnected = lazy(() =>
  import('./ConnectedExport').then((m) => ({ default: m.PanelExportConnected })),
);
const ImportPanelConnected = lazy(() =>
  import('../import/ImportPanelConnected').then((m) => ({ default: m.ImportPanelConnected })),
);

export function LazyExportToolbar() {
  return (
    <Suspense fallback={<div className="export-toolbar export-placeholder no-print" aria-hidden="true" />}>
      <ExportToolbarConnected />
    </Suspense>
  );
}

export function LazyPanelExport({ id }: { id: string }) {
  return (
    <Suspense fallback={<div className="export-menu export-placeholder" aria-hidden="true" />}>
      <PanelExportConnected id={id} />
    </Suspense>
  );
}

export function LazyImportPanel() {
  return (
    <Suspense fallback={null}>
      <ImportPanelConnected />
    </Suspense>
  );
}
