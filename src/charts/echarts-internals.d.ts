// The ECharts modules imported one by one (echarts-setup.ts, echarts-parts.ts) have no declarations of their
// own: typed here as the public functions they are, or as the classes they are handed to ECharts as.
declare module 'echarts/lib/core/echarts.js' {
  export { dispose, getInstanceByDom, init } from 'echarts/core';
}
declare module 'echarts/lib/extension.js' {
  export { use } from 'echarts/core';
}
declare module 'echarts/lib/component/tooltip/TooltipModel.js' {
  import type { TooltipComponent } from 'echarts/components';
  const TooltipModel: Parameters<Parameters<typeof TooltipComponent>[0]['registerComponentModel']>[0];
  export default TooltipModel;
}
declare module 'echarts/lib/component/tooltip/TooltipView.js' {
  import type { TooltipComponent } from 'echarts/components';
  const TooltipView: Parameters<Parameters<typeof TooltipComponent>[0]['registerComponentView']>[0];
  export default TooltipView;
}
declare module 'echarts/lib/label/labelLayoutHelper.js' {
  export interface LabelItem {
    /** The label's text element. */
    label: object;
    labelLine: null;
    /** The larger, the earlier a label is kept. */
    priority: number;
    defaultAttr: { ignore: boolean };
  }
  /** Hides (ignore = true) each label that overlaps one kept before it, in order of priority. */
  export function hideOverlap(labels: LabelItem[]): void;
}
