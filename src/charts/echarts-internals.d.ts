// The ECharts modules imported one by one (echarts-parts.ts) have no declarations of their own: typed here
// as what they are used for, classes to hand to ECharts' registers.
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
