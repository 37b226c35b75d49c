// Export and import code (papaparse, fflate, the renderers) is not needed to show the first panel: it loads
// on its own chunk after first paint, and its place is kept so nothing jumps when it arrives.
import { lazy, Suspense } from 'react';
import { useIsPending } from '../common/snapshot-context';
import { useT } from '../common/use-t';

const ExportToolbarConnected = lazy(() =>
  import('./ConnectedExport').then((m) => ({ default: m.ExportToolbarConnected })),
);
const PanelExportConnected = lazy(() =>
  import('./ConnectedExport').then((m) => ({ default: m.PanelExportConnected })),
);
const ImportPanelConnected = lazy(() =>
  import('../import/ImportPanelConnected').then((m) => ({ default: m.ImportPanelConnected })),
);

/**
 * The toolbar's place while its code loads: its buttons' words, unseen, in boxes the size of the buttons, so
 * it wraps onto as many rows as the toolbar will at any width and in either language (on a phone, two).
 */
function ToolbarPlaceholder() {
  const t = useT();
  return (
    <div className="export-toolbar export-placeholder no-print" aria-hidden="true">
      {[
        t('export.csv'),
        t('export.xlsx'),
        t('export.zip'),
        t('export.pptx'),
        t('export.bulletin'),
        t('export.print'),
        t('export.json'),
      ].map((label) => (
        <span key={label} className="export-placeholder-button">
          {label}
        </span>
      ))}
    </div>
  );
}

export function LazyExportToolbar() {
  const placeholder = <ToolbarPlaceholder />;
  if (useIsPending()) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <ExportToolbarConnected />
    </Suspense>
  );
}

export function LazyPanelExport({ id }: { id: string }) {
  const placeholder = <div className="export-menu export-placeholder" aria-hidden="true" />;
  if (useIsPending()) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <PanelExportConnected id={id} />
    </Suspense>
  );
}

export function LazyImportPanel() {
  if (useIsPending()) return null;
  return (
    <Suspense fallback={null}>
      <ImportPanelConnected />
    </Suspense>
  );
}
