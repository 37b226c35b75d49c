// A page with the real export components and the browser exporter over the small test dataset, built by
// tests/browser/export.test.ts, so the export buttons can be clicked in chromium whether or not the app
// has mounted them yet.
import { createRoot } from 'react-dom/client';
import { ExportToolbar } from '../../../src/components/export/ExportToolbar';
import { PanelExportMenu } from '../../../src/components/export/PanelExportMenu';
import { computeProgress } from '../../../src/domain/progress';
import type { Progress } from '../../../src/domain/progress-types';
import { makeSmallDataset } from '../../support/small-dataset';

const dataset = makeSmallDataset();
const asOf = new Date(2025, 5, 30);
const progress = new Map<string, Progress | null>(
  dataset.indicators.map((i) => [i.id, computeProgress(i, asOf)]),
);
const first = dataset.indicators[0]!;

createRoot(document.getElementById('root')!).render(
  <div className="app">
    <ExportToolbar
      dataset={dataset}
      indicators={dataset.indicators}
      progress={progress}
      filters={{ region: ['chongqing'], topic: [], doc: [], status: [], q: '' }}
      locale="zh-CN"
      asOf="2025-06-30"
    />
    <PanelExportMenu
      indicator={first}
      progress={progress.get(first.id)!}
      dataset={dataset}
      locale="zh-CN"
      asOf={asOf}
    />
  </div>,
);
