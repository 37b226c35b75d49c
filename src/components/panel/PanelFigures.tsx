import type { Indicator, Observation } from '../../domain/dataset-schema';
import type { PointRef, Progress } from '../../domain/progress-types';
import { formatPeriod, formatQualifier, formatValue } from '../../domain/format';
import { useAppStore } from '../../store/store-context';
import { useT } from '../common/use-t';
import { SourceNumber } from './SourceNumber';

/** Baseline, latest actual and target, each number a link to its quote. */
export function PanelFigures({ indicator, progress }: { indicator: Indicator; progress: Progress }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const fmt = (v: number) => formatValue(v, indicator.unit, locale);
  const point = (p: PointRef | null) =>
    p ? (
      <>
        <SourceNumber observation={p.observation}>{fmt(p.value)}</SourceNumber>
        <span className="figure-period">{formatPeriod(p.period, locale)}</span>
      </>
    ) : (
      <span className="figure-none">{t('panel.noValue')}</span>
    );

  const target = progress.target;
  const targetObs: Observation | undefined = target?.observation ?? progress.targetObservation;
  let targetNode;
  if (target && target.rate !== undefined) {
    targetNode = (
      <>
        <SourceNumber observation={target.observation}>
          {t('panel.cagrTarget', {
            q: formatQualifier(target.qualifier, locale),
            value: formatValue(target.rate, '%', locale),
          })}
        </SourceNumber>
        <span className="figure-period figure-implied">
          {t('panel.impliedLevel', { value: fmt(target.value) })}
        </span>
        <span className="figure-period">
          {t('panel.deadline', { period: formatPeriod(target.period, locale) })}
        </span>
      </>
    );
  } else if (target) {
    targetNode = (
      <>
        <SourceNumber observation={target.observation}>
          {`${formatQualifier(target.qualifier, locale)}${fmt(target.value)}`}
        </SourceNumber>
        <span className="figure-period">
          {t('panel.deadline', { period: formatPeriod(target.period, locale) })}
        </span>
      </>
    );
  } else if (targetObs) {
    const text =
      targetObs.basis === 'cagr'
        ? t('panel.cagrTarget', {
            q: formatQualifier(targetObs.qualifier, locale),
            value: formatValue(targetObs.value, '%', locale),
          })
        : `${formatQualifier(targetObs.qualifier, locale)}${fmt(targetObs.value)}`;
    targetNode = (
      <>
        <SourceNumber observation={targetObs}>{text}</SourceNumber>
        <span className="figure-period">
          {t('panel.deadline', { period: formatPeriod(targetObs.period, locale) })}
        </span>
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
          {/* One actual only: it is the baseline, not a later figure. */}
          {point(
            progress.latest &&
              progress.baseline &&
              progress.latest.observation === progress.baseline.observation
              ? null
              : progress.latest,
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
