// The import panel wired to the app store's import slice.
import type { TemplateRow } from '../../import/import-csv';
import { selectIndex, selectProgressMap, selectVisibleIds } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { ImportPanel } from './ImportPanel';

/** `save` replaces the template's browser download (tests). */
export function ImportPanelConnected({
  save,
}: {
  save?: (data: string, fileName: string, type: string) => void;
}) {
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
  const store = useAppStoreApi();
  // The template lists the indicators in view when it is downloaded, with their latest period on the as-of date.
  const templateRows = (): TemplateRow[] => {
    const s = store.getState();
    const index = selectIndex(s, store.derived);
    const progress = selectProgressMap(s, store.derived);
    return selectVisibleIds(s, store.derived).flatMap((id) => {
      const i = index?.indicatorById.get(id);
      if (!i) return [];
      const p = progress.get(id);
      return {
        id,
        name: i.name.zh,
        region: index?.regionById.get(i.region)?.name.zh ?? i.region,
        unit: i.unit,
        latestPeriod: p?.ok ? (p.progress.latest?.period ?? '') : '',
      };
    });
  };
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
      templateRows={templateRows}
      {...(save ? { save } : {})}
    />
  );
}
