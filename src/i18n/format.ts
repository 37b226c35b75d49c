// Number, period and qualifier formatting: the shared Intl formatting of src/domain (also used by exports).
export { formatPercent, formatPeriod, formatQualifier, formatValue } from '../domain/format';
