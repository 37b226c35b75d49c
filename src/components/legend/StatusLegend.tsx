import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { STATUSES, type Status } from '../../domain/progress-types';
import { LEGEND_WORDS } from '../../i18n/legend-words';
import { useAppStore } from '../../store/store-context';
import { StatusIcon } from '../common/StatusIcon';
import { useT } from '../common/use-t';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * The status legend, a modal dialog: what each status means and the method's thresholds, what a
 * projection (推算) is, what the as-of date changes. Opened at `status` (marked, scrolled into view) from a
 * badge; focus starts on the close button, stays inside while open, and Escape closes it.
 */
export default function StatusLegend({ status, onClose }: { status?: Status; onClose: () => void }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const words = LEGEND_WORDS[locale];
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeRef.current?.focus();
    if (status) dialogRef.current?.querySelector('[aria-current]')?.scrollIntoView?.({ block: 'nearest' });
  }, [status]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !dialogRef.current) return;
    // Tab and Shift+Tab go round the dialog's own controls.
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      className="legend-backdrop"
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="legend"
        ref={dialogRef}
        onKeyDown={onKeyDown}
      >
        <div className="legend-head">
          <h2 id={titleId}>{words.title}</h2>
          <button type="button" ref={closeRef} onClick={onClose}>
            {words.close}
          </button>
        </div>
        <p>{words.intro}</p>
        <dl className="legend-statuses">
          {STATUSES.map((s) => (
            <div
              key={s}
              className={`legend-status status-${s}`}
              aria-current={s === status ? 'true' : undefined}
            >
              <dt>
                <span className={`status-badge status-${s}`}>
                  <StatusIcon status={s} />
                  <span>{t(`status.${s}`)}</span>
                </span>
              </dt>
              <dd>{words.statuses[s]}</dd>
            </div>
          ))}
        </dl>
        <h3>{words.projectionTitle}</h3>
        <p>{words.projection}</p>
        <h3>{words.asOfTitle}</h3>
        <p>{words.asOf}</p>
      </div>
    </div>
  );
}
