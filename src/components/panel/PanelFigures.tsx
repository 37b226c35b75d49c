import type { Indicator, Observation } from '../../domain/dataset-schema';
import type { PointRef, Progress } from '../../domain/progress-types';
import { formatAge, formatFigure, formatPeriod } from '../../domain/format';
import { isoToDate, spanBetween } from '../../domain/period';
import { observationPeriodText, pointText } from '../../i18n/progress-words';
import { useAppStore } from '../../store/store-context';
import { useT } from '../common/use-t';
import { SourceNumber } from './SourceNumber';

/**
 * Baseline, latest actual and target, each number a link to its quote and written with its qualifier
 * (2,000余家, 超过18 亿元). One actual is the latest (and the baseline too when it predates the target's
 * document): never "latest: none" beside an actual.
 */
export function PanelFigures({ indicator, progress }: { indicator: Indicator; progress: Progress }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const asOf = useAppStore((s) => s.asOf);
  const unit = indicator.unit;
  // How old the latest figure is on the as-of date (its period's end to the as-of date).
  const latest = progress.latest;
  const asOfDate = isoToDate(asOf);
  let age: { short: string; long: string } | null = null;
  if (latest) {
    const span = spanBetween(latest.date, asOfDate);
    const same = latest.date >= asOfDate || (span.months === 0 && span.days === 0);
    const text = formatAge(span, locale);
    age = same
      ? { short: t('panel.ageSame'), long: t('panel.ageSame') }
      : { short: t('panel.age', { age: text }), long: t('panel.ageLong', { age: text }) };
  }
  const point = (p: PointRef | null) =>
    p ? (
      <>
        <SourceNumber observation={p.observation}>{pointText(p, unit, locale)}</SourceNumber>
        <span className="figure-period">{observationPeriodText(p.observation, locale)}</span>
      </>
    ) : (
      <span className="figure-none">{t('panel.noValue')}</span>
    );
  const deadline = (period: string) => (
    <span className="figure-period">{t('panel.deadline', { period: formatPeriod(period, locale) })}</span>
  );
  const rateText = (o: Observation) =>
    t('panel.cagrTarget', { value: formatFigure(o.value, '%', o.qualifier, locale, o.source.quote) });

  const target = progress.target;
  const targetObs: Observation | undefined = target?.observation ?? progress.targetObservation;
  let targetNode;
  if (progress.status === 'not-yet-set') {
    // The target's document did not exist on the as-of date: nothing is shown as if it had been set.
    targetNode = (
      <span className="figure-none">
        {t('panel.notYetSet', {
          published: progress.targetPublished
            ? formatPeriod(progress.targetPublished, locale)
            : t('panel.none'),
        })}
      </span>
    );
  } else if (target && target.rate !== undefined) {
    targetNode = (
      <>
        <SourceNumber observation={target.observation}>{rateText(target.observation)}</SourceNumber>
        <span className="figure-period figure-implied">
          {t('panel.impliedLevel', { value: formatFigure(target.value, unit, target.qualifier, locale) })}
        </span>
        {deadline(target.period)}
      </>
    );
  } else if (target) {
    targetNode = (
      <>
        <SourceNumber observation={target.observation}>
          {formatFigure(target.value, unit, target.qualifier, locale, target.observation.source.quote)}
        </SourceNumber>
        {deadline(target.period)}
      </>
    );
  } else if (targetObs) {
    const text =
      targetObs.basis === 'cagr'
        ? rateText(targetObs)
        : formatFigure(targetObs.value, unit, targetObs.qualifier, locale, targetObs.source.quote);
    targetNode = (
      <>
        <SourceNumber observation={targetObs}>{text}</SourceNumber>
        {deadline(targetObs.period)}
      </>
    );
  } else {
    targetNode = <span className="figure-none">{t('panel.noValue')}</span>;
  }

  return (
    <dl className="panel-figures">
      <div className="figure">
        <dt>{t('panel.baseline')}</dt>
        <dd>{point(progress.baseline)}</dd>
      </div>
      <div className="figure">
        <dt>{t('panel.latest')}</dt>
        <dd>
          {point(progress.latest)}
          {age && (
            <span className="figure-period figure-age" title={age.long}>
              {age.short}
            </span>
          )}
          {progress.flow && (
            <span className="figure-period">
              {t('panel.flowWindow', {
                from: formatPeriod(progress.flow.windowStart, locale),
                to: formatPeriod(progress.flow.windowEnd, locale),
              })}
            </span>
          )}
        </dd>
      </div>
      <div className="figure figure-target">
        <dt>{t('panel.target')}</dt>
        <dd>{targetNode}</dd>
      </div>
    </dl>
  );
}
