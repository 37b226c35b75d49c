import { useCallback } from 'react';
import { translate, type Translate } from '../../i18n/translate';
import { useAppStore } from '../../store/store-context';

/** The translate function for the current locale. */
export function useT(): Translate {
  const locale = useAppStore((s) => s.locale);
  return useCallback<Translate>((key, vars) => translate(locale, key, vars), [locale]);
}
