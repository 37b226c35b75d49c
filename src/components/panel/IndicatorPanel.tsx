import { memo, useId } from 'react';
import { amountsShown } from '../../domain/progress';
import { sharedMoneyUnit } from '../../domain/format';
import { reasonText } from '../../i18n/progress-words';
import { selectIndex, selectProgressEntry } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import type { Density } from '../../store/store-types';
import { localName } from '../../i18n/local-name';
import { StatusBadge } from '../common/StatusBadge';
import { useT } from '../common/use-t';
import { PanelChart, ProgressBullet } from './PanelChart';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { LazyPanelExport } from '../export/LazyExport';
import { PanelFigures } from './PanelFigures';
import { PanelGrowth } from './PanelGrowth';
import { PanelSource } from './PanelSource';

/** One indicator: its own error boundary around the panel, so one bad indicator stays in its own box. */
export const IndicatorPanel = memo(function IndicatorPanel({
  id,
  density,
}: {
  id: string;
  density: Density;
}) {
  const asOf = useAppStore((s) => s.asOf);
  return (
    <PanelErrorBoundary resetKey={`${id}|${asOf}`} fallback={(error) => <PanelError id={id} error={error} />}>
      <PanelBody id={id} density={density} asOf={asOf} />
    </PanelErrorBoundary>
  );
});

function PanelError({ id, error }: { id: string; error: Error }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const indicator = useAppStore((s, d) => selectIndex(s, d)?.indicatorById.get(id));
  return (
    <article className="panel panel-error" aria-label={indicator ? localName(indicator.name, locale) : id}>
      <h3 className="panel-title">{indicator ? localName(indicator.name, locale) : id}</h3>
      <p role="alert">{t('panel.error', { message: error.message })}</p>
    </article>
  );
}

function PanelBody({ id, density, asOf }: { id: string; density: Density; asOf: string }) {
  const t = useT();
  const titleId = useId();
  const locale = useAppStore((s) => s.locale);
  const indicator = useAppStore((s, d) => selectIndex(s, d)?.indicatorById.get(id));
  const region = useAppStore((s, d) =>
    indicator ? selectIndex(s, d)?.regionById.get(indicator.region) : undefined,
  );
  const entry = useAppStore((s, d) => selectProgressEntry(s, d, id));
  const hasSeries = useAppStore((s, d) => selectIndex(s, d)?.withSeries.has(id) ?? false);
  if (!indicator) throw new Error(`unknown indicator ${id}`);
  if (!entry) throw new Error(`no progress for ${id}`);
  // A known failure is shown directly; the boundary is for anything that throws while rendering.
  if (!entry.ok) return <PanelError id={id} error={entry.error} />;
  const progress = entry.progress;
  const detailed = density === 'detailed';
  const name = localName(indicator.name, locale);
  const reason = reasonText(progress, indicator.unit, locale);
  const where = region ? localName(region.name, locale) : indicator.region;
  // The header names the unit the panel's amounts are shown in; money shown partly in 亿元 and partly in
  // 万元 (or bn and m yuan) names none, each amount saying its own.
  const unit =
    indicator.unit === '亿元' ? sharedMoneyUnit(amountsShown(progress), locale) : t(`unit.${indicator.unit}`);
  return (
    <article className={`panel panel-${density} status-${progress.status}`} aria-labelledby={titleId}>
      <header className="panel-head">
        <h3 className="panel-title" id={titleId} title={name}>
          {name}
        </h3>
        <StatusBadge status={progress.status} reason={reason} />
      </header>
      <p className="panel-meta" title={unit === null ? where : `${where} · ${unit}`}>
        <span>{where}</span>
        {unit !== null && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{t('panel.unit', { unit })}</span>
          </>
        )}
        {/* A draft indicator (the drafter's, not reviewed) says so in words, never cut, not in colour alone. */}
        {indicator.draft === true && <span className="draft-tag">{t('panel.draft')}</span>}
      </p>
      <PanelSource progress={progress} />
      <PanelFigures indicator={indicator} progress={progress} />
      {detailed ? (
        <PanelChart indicator={indicator} progress={progress} locale={locale} asOf={asOf} kind="progress" />
      ) : (
        <ProgressBullet indicator={indicator} progress={progress} locale={locale} asOf={asOf} />
      )}
      <PanelGrowth indicator={indicator} progress={progress} compact={!detailed} />
      <p className="panel-reason">{reason}</p>
      {detailed && hasSeries && (
        <PanelChart indicator={indicator} progress={progress} locale={locale} asOf={asOf} kind="series" />
      )}
      <footer className="panel-foot">
        {/* Keyed: the list hands a panel's place to another indicator, whose menu starts afresh. */}
        <LazyPanelExport key={id} id={id} />
      </footer>
    </article>
  );
}
