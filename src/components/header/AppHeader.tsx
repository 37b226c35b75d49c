import { AsOfInput } from './AsOfInput';
import { Coverage } from './Coverage';
import { LanguageSwitch } from './LanguageSwitch';
import { StatusCounts } from './StatusCounts';
import { useT } from '../common/use-t';
import { useOpenLegend } from '../common/legend-context';

export function AppHeader() {
  const t = useT();
  const openLegend = useOpenLegend();
  return (
    <header className="app-header">
      <div className="app-header-top">
        <div className="app-title">
          <h1>{t('app.title')}</h1>
          <p className="app-subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="app-header-controls">
          <button
            type="button"
            className="legend-button"
            aria-haspopup="dialog"
            onClick={(e) => openLegend(e.currentTarget)}
          >
            {t('legend.open')}
          </button>
          <AsOfInput />
          <LanguageSwitch />
        </div>
      </div>
      <StatusCounts />
      <Coverage />
    </header>
  );
}
