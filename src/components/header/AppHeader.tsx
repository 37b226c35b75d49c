import { AsOfInput } from './AsOfInput';
import { Coverage } from './Coverage';
import { LanguageSwitch } from './LanguageSwitch';
import { StatusCounts } from './StatusCounts';
import { useT } from '../common/use-t';

export function AppHeader() {
  const t = useT();
  return (
    <header className="app-header">
      <div className="app-header-top">
        <div className="app-title">
          <h1>{t('app.title')}</h1>
          <p className="app-subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="app-header-controls">
          <AsOfInput />
          <LanguageSwitch />
        </div>
      </div>
      <StatusCounts />
      <Coverage />
    </header>
  );
}
