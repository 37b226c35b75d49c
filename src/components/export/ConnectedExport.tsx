// The export components wired to the app store: mount <ExportToolbarConnected /> above the list and
// <PanelExportConnected id={indicator.id} /> in each panel.
import { useMemo } from 'react';
import type { Progress } from '../../domain/progress-types';
import { isoToDate } from '../../domain/period';
import {
  selectExtra,
  selectIndex,
  selectListView,
  selectProgressEntry,
  selectProgressMap,
} from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { ExportToolbar } from './ExportToolbar';
import type { Exporter } from './exporter';
import { PanelExportMenu } from './PanelExportMenu';

export function ExportToolbarConnected({ exporter }: { exporter?: Exporter }) {
  const dataset = useAppStore((s) => s.dataset);
  const ids = useAppStore((s, d) => selectListView(s, d).ids);
  const index = useAppStore(selectIndex);
  const progressMap = useAppStore(selectProgressMap);
  const extra = useAppStore(selectExtra);
  const filters = useAppStore((s) => s.filters);
  const locale = useAppStore((s) => s.locale);
  const asOf = useAppStore((s) => s.asOf);
  const progress = useMemo(() => {
    const out = new Map<string, Progress | null>();
    for (const [id, entry] of progressMap) out.set(id, entry.ok ? entry.progress : null);
    return out;
  }, [progressMap]);
  if (!dataset || !index) return null;
  return (
    <ExportToolbar
      dataset={dataset}
      ids={ids}
      indicatorById={index.indicatorById}
      progress={progress}
      extra={extra}
      filters={filters}
      locale={locale}
      asOf={asOf}
      {...(exporter ? { exporter } : {})}
    />
  );
}

export function PanelExportConnected({ id, exporter }: { id: string; exporter?: Exporter }) {
  const dataset = useAppStore((s) => s.dataset);
  const indicator = useAppStore((s, d) => selectIndex(s, d)?.indicatorById.get(id));
  const entry = useAppStore((s, d) => selectProgressEntry(s, d, id));
  const extra = useAppStore((s, d) => selectExtra(s, d).get(id));
  const locale = useAppStore((s) => s.locale);
  const asOf = useAppStore((s) => s.asOf);
  const date = useMemo(() => isoToDate(asOf), [asOf]);
  if (!dataset || !indicator || !entry?.ok) return null;
  return (
    <PanelExportMenu
      indicator={indicator}
      progress={entry.progress}
      dataset={dataset}
      locale={locale}
      asOf={date}
      {...(extra ? { extra } : {})}
      {...(exporter ? { exporter } : {})}
    />
  );
}
