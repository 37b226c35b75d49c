// ECharts parts registered by hand where the packaged ones bring code no chart uses. They import files under
// echarts/lib/, which are not ECharts' public API: package.json pins the exact ECharts version, so an
// upgrade is a deliberate change that runs these charts' tests again.
import type { TooltipComponent } from 'echarts/components';
import TooltipModel from 'echarts/lib/component/tooltip/TooltipModel.js';
import TooltipView from 'echarts/lib/component/tooltip/TooltipView.js';
import { hideOverlap, type LabelItem } from 'echarts/lib/label/labelLayoutHelper.js';

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

/**
 * `labelLayout: { hideOverlap: true }` on series, which is all the charts ask of ECharts' LabelLayout
 * feature (4.4 kB gzip: it also moves labels, draws label lines and animates them). As LabelLayout does
 * (echarts/lib/label/LabelManager.js): after each layout, the labels of the series that ask for it, across
 * series, larger symbols first, hidden where they overlap a label already kept, by ECharts' own hideOverlap
 * (which the axes use too, so it ships anyway). A hidden label shows again while its point is hovered.
 */
export const LabelHideOverlap: Installer = (registers) => {
  registers.registerUpdateLifecycle('series:layoutlabels', (_ecModel, api, params) => {
    const labels: LabelItem[] = [];
    for (const series of params.updatedSeries ?? []) {
      const layout = series.get('labelLayout');
      if (typeof layout !== 'object' || layout?.hideOverlap !== true) continue;
      api.getViewOfSeriesModel(series).group.traverse((el) => {
        if (el.ignore) return true; // nor its children
        const label = el.getTextContent();
        if (!label || label.ignore) return;
        const host = el.getBoundingRect().clone();
        const transform = el.getComputedTransform();
        if (transform) host.applyTransform(transform);
        labels.push({
          label,
          labelLine: null,
          priority: host.width * host.height,
          defaultAttr: { ignore: false },
        });
      });
    }
    hideOverlap(labels);
  });
};
