import { useAppStore } from '../../store/store-context';
import type { Locale } from '../../i18n/translate';
import { useT } from '../common/use-t';

const OPTIONS: { locale: Locale; label: 'lang.zh' | 'lang.en'; lang: string }[] = [
  { locale: 'zh-CN', label: 'lang.zh', lang: 'zh-CN' },
  { locale: 'en', label: 'lang.en', lang: 'en' },
];

export function LanguageSwitch() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  return (
    <div className="segmented" role="group" aria-label={t('header.language')}>
      {OPTIONS.map((o) => (
        <button
          key={o.locale}
          type="button"
          lang={o.lang}
          aria-pressed={locale === o.locale}
          onClick={() => setLocale(o.locale)}
        >
          {t(o.label)}
        </button>
      ))}
    </div>
  );
}
