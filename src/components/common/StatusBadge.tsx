import type { Status } from '../../domain/progress-types';
import { useT } from './use-t';
import { StatusIcon } from './StatusIcon';

/** The status in words, with its shape and colour. */
export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return (
    <span className={`status-badge status-${status}`}>
      <StatusIcon status={status} />
      <span>{t(`status.${status}`)}</span>
    </span>
  );
}
