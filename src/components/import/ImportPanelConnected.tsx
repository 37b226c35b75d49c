// The import panel wired to the app store's import slice.
import { useAppStore } from '../../store/store-context';
import { ImportPanel } from './ImportPanel';

export function ImportPanelConnected() {
  const dataset = useAppStore((s) => s.dataset);
  const locale = useAppStore((s) => s.locale);
  const imports = useAppStore((s) => s.imports);
  const notices = useAppStore((s) => s.importNotices);
  const readOnly = useAppStore((s) => s.importsReadOnly);
  const addImport = useAppStore((s) => s.addImport);
  const removeImport = useAppStore((s) => s.removeImport);
  const removeObservation = useAppStore((s) => s.removeImportedObservation);
  const clearImports = useAppStore((s) => s.clearImports);
  const dismiss = useAppStore((s) => s.dismissImportNotices);
  if (!dataset) return null;
  return (
    <ImportPanel
      dataset={dataset}
      locale={locale}
      imports={imports}
      notices={notices}
      readOnly={readOnly}
      onConfirm={addImport}
      onRemove={removeImport}
      onRemoveObservation={removeObservation}
      onRemoveAll={clearImports}
      onDismissNotices={dismiss}
    />
  );
}
