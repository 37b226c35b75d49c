import type { Observation } from '../../domain/dataset-schema';
import { useAppStore } from '../../store/store-context';
import { useT } from '../common/use-t';

/**
 * A number that came from a document: a button that opens the source panel at its quote. A draft figure
 * (proposed by the drafter, not reviewed) says so in words beside it and in its name: 待核 / Unreviewed.
 */
export function SourceNumber({ observation, children }: { observation: Observation; children: string }) {
  const t = useT();
  const openSource = useAppStore((s) => s.openSource);
  const { document, offset, quote } = observation.source;
  const user = observation.userSupplied === true;
  const draft = observation.draft === true;
  const shown = user ? t('panel.userSuppliedValue', { value: children }) : children;
  const value = draft ? `${shown}（${t('panel.draft')}）` : shown;
  return (
    <>
      <button
        type="button"
        className={`source-number${user ? ' user-supplied' : ''}`}
        aria-label={t('panel.openSource', { value })}
        title={quote}
        onClick={() =>
          openSource(
            user
              ? { document, offset: 0, length: 0, note: quote }
              : { document, offset, length: quote.length },
          )
        }
      >
        {children}
      </button>
      {user && (
        <span className="user-tag" aria-hidden="true">
          {t('panel.userSupplied')}
        </span>
      )}
      {draft && (
        <span className="draft-tag" aria-hidden="true">
          {t('panel.draft')}
        </span>
      )}
    </>
  );
}
