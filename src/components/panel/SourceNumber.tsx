import type { Observation } from '../../domain/dataset-schema';
import { useAppStore } from '../../store/store-context';
import { useT } from '../common/use-t';

/** A number that came from a document: a button that opens the source panel at its quote. */
export function SourceNumber({ observation, children }: { observation: Observation; children: string }) {
  const t = useT();
  const openSource = useAppStore((s) => s.openSource);
  const { document, offset, quote } = observation.source;
  return (
    <button
      type="button"
      className={`source-number${observation.userSupplied ? ' user-supplied' : ''}`}
      aria-label={t('panel.openSource', { value: children })}
      title={quote}
      onClick={() => openSource({ document, offset, length: quote.length })}
    >
      {children}
    </button>
  );
}
