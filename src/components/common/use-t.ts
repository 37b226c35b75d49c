import { translator, type Translate } from '../../i18n/translate';
import { useAppStore } from '../../store/store-context';

/** The t() of the current locale. */
export function useT(): Translate {
  return translator(useAppStore((s) => s.locale));
}
