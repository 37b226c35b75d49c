// ECharts parts registered by hand where the packaged ones bring code no chart uses.
import type { TooltipComponent } from 'echarts/components';
import TooltipModel from 'echarts/lib/component/tooltip/TooltipModel.js';
import TooltipView from 'echarts/lib/component/tooltip/TooltipView.js';

type Installer = typeof TooltipComponent;

/**
 * The tooltip of `trigger: 'item'`, which every chart uses: TooltipComponent without the axis pointer it
 * also installs (crosshairs and axis-triggered tooltips, ~7 kB gzip). The same model, view and actions
 * TooltipComponent registers (echarts/lib/component/tooltip/install.js). Without the axis pointer,
 * `dispatchAction({ type: 'showTip', seriesIndex, dataIndex })` is not supported; nothing here calls it.
 */
export const ItemTooltipComponent: Installer = (registers) => {
  registers.registerComponentModel(TooltipModel);
  registers.registerComponentView(TooltipView);
  const noop = () => {};
  registers.registerAction({ type: 'showTip', event: 'showTip', update: 'tooltip:manuallyShowTip' }, noop);
  registers.registerAction({ type: 'hideTip', event: 'hideTip', update: 'tooltip:manuallyHideTip' }, noop);
};
