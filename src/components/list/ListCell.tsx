// One place of the indicator list: the windowed list positions it, the build-time snapshot lays it out in a
// grid. The same markup in both, so the snapshot shows what the live list then shows.
import type { CSSProperties } from 'react';
import type { Density } from '../../store/store-types';
import { IndicatorPanel } from '../panel/IndicatorPanel';

export interface ListCellProps {
  id: string;
  /** 1-based position in the whole list, and the list's length (for assistive technology). */
  position: number;
  size: number;
  density: Density;
  className: string;
  style: CSSProperties;
}

export function ListCell({ id, position, size, density, className, style }: ListCellProps) {
  return (
    <div
      role="listitem"
      aria-setsize={size}
      aria-posinset={position}
      className={className}
      data-indicator={id}
      style={style}
    >
      <IndicatorPanel id={id} density={density} />
    </div>
  );
}
