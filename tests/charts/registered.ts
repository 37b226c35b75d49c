// What an option asks of ECharts beyond the parts echarts-setup registers: anything listed here would be
// silently left out of the drawing (ECharts ignores options of unregistered components).
import type { EChartsOption } from 'echarts';
import { REGISTERED_COMPONENTS, REGISTERED_SERIES } from '../../src/charts/echarts-setup';

const BASE_KEYS = ['series', 'animation', 'textStyle', 'backgroundColor'];

const list = (value: unknown): Record<string, unknown>[] =>
  (Array.isArray(value) ? value : value ? [value] : []) as Record<string, unknown>[];

export function unregisteredParts(option: EChartsOption): string[] {
  const problems: string[] = [];
  const known: readonly string[] = [...REGISTERED_COMPONENTS, ...BASE_KEYS];
  for (const key of Object.keys(option)) if (!known.includes(key)) problems.push(`component ${key}`);
  for (const s of list(option.series)) {
    if (!(REGISTERED_SERIES as readonly unknown[]).includes(s.type))
      problems.push(`series ${String(s.type)}`);
    // Of LabelLayout, only hideOverlap is registered (echarts-parts.ts LabelHideOverlap).
    const layout = s.labelLayout;
    const onlyHide =
      !!layout && typeof layout === 'object' && Object.keys(layout).every((k) => k === 'hideOverlap');
    if (layout !== undefined && !onlyHide) problems.push('series labelLayout other than hideOverlap');
  }
  // Only the plain legend is registered, not the scrolling one.
  for (const l of list(option.legend)) if (l.type === 'scroll') problems.push('legend type scroll');
  // The tooltip is registered without the axis pointer: item tooltips only.
  for (const t of list(option.tooltip)) {
    if (t.trigger !== undefined && t.trigger !== 'item' && t.trigger !== 'none')
      problems.push(`tooltip trigger ${String(t.trigger)}`);
    if (t.axisPointer !== undefined) problems.push('tooltip axisPointer');
  }
  return problems;
}
