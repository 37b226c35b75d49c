import type { Observation } from '../../domain/dataset-schema';
import type { Progress } from '../../domain/progress-types';
import { selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { useT } from '../common/use-t';

/**
 * The figure whose document the panel names: the target, else the latest actual, else the baseline (a
 * user's own figure has no document). Each number still opens its own quote.
 */
function sourceObservation(progress: Progress): Observation | undefined {
  const candidates = [
    progress.target?.observation ?? progress.targetObservation,
    progress.latest?.observation,
    progress.baseline?.observation,
  ];
  return candidates.find((o) => o !== undefined && o.userSupplied !== true);
}

/** "来源：《title》，2024-03-21" on one line, the title giving way (whole in its tooltip), without a click. */
export function PanelSource({ progress }: { progress: Progress }) {
  const t = useT();
  const id = sourceObservation(progress)?.source.document;
  const doc = useAppStore((s, d) => (id ? selectIndex(s, d)?.documentById.get(id) : undefined));
  if (!doc) return null;
  const title = t('panel.source', { title: `《${doc.title}》` });
  const date = t('panel.sourceDate', { date: doc.published });
  return (
    <p className="panel-source" title={`${title}${date}`}>
      <span>{title}</span>
      <span>{date}</span>
    </p>
  );
}
