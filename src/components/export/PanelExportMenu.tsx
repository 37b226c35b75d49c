// Per-panel export: PNG (2× or 3×) and SVG of the decorated chart (title, unit, period, status and source
// line inside the image).
import { useState } from 'react';
import type { Dataset, Indicator, Observation } from '../../domain/dataset-schema';
import type { Progress } from '../../domain/progress-types';
import { MIME } from '../../export/download';
import { exportChart } from '../../export/export-option';
import { safeFileName } from '../../export/names';
import { localName } from '../../i18n/local-name';
import { exportTranslator } from '../../i18n/export-words';
import type { Locale } from '../../i18n/translate';
import { browserExporter, type Exporter } from './exporter';

export interface PanelExportMenuProps {
  indicator: Indicator;
  progress: Progress;
  dataset: Pick<Dataset, 'documents' | 'regions'>;
  locale: Locale;
  asOf: Date;
  /** The user's imported observations of this indicator. */
  extra?: readonly Observation[];
  exporter?: Exporter;
}

type Format = 'png' | 'png3' | 'svg';

export function PanelExportMenu({
  indicator,
  progress,
  dataset,
  locale,
  asOf,
  extra,
  exporter = browserExporter,
}: PanelExportMenuProps) {
  const t = exportTranslator(locale);
  const name = localName(indicator.name, locale);
  const [busy, setBusy] = useState<Format | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function run(format: Format) {
    setBusy(format);
    setMessage(null);
    try {
      const chart = exportChart({ indicator, progress, dataset, locale, asOf, extra: extra ?? [] });
      const base = safeFileName(indicator.id);
      if (format === 'svg') {
        exporter.save(await exporter.svg(chart), `${base}.svg`, MIME.svg);
        setMessage({ text: t('export.done', { file: `${base}.svg` }), error: false });
      } else {
        const ratio = format === 'png3' ? 3 : 2;
        const file = ratio === 3 ? `${base}@3x.png` : `${base}.png`;
        exporter.save(await exporter.png(chart, ratio), file, MIME.png);
        setMessage({ text: t('export.done', { file }), error: false });
      }
    } catch (e) {
      setMessage({
        text: t('export.failed', { message: e instanceof Error ? e.message : String(e) }),
        error: true,
      });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-menu no-print" role="group" aria-label={t('export.panelExport', { name })}>
      <button
        type="button"
        aria-label={t('export.pngLabel', { name })}
        disabled={busy !== null}
        onClick={() => run('png')}
      >
        {t('export.png')}
      </button>
      <button
        type="button"
        aria-label={t('export.png3Label', { name })}
        disabled={busy !== null}
        onClick={() => run('png3')}
      >
        {t('export.png3')}
      </button>
      <button
        type="button"
        aria-label={t('export.svgLabel', { name })}
        disabled={busy !== null}
        onClick={() => run('svg')}
      >
        {t('export.svg')}
      </button>
      <span className="export-status" role={message?.error ? 'alert' : 'status'}>
        {busy ? t('export.working') : (message?.text ?? '')}
      </span>
    </div>
  );
}
