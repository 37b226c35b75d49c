// UI words of the export and import components (kept here, beside the components, until they move into
// the app's i18n dictionaries).
import type { Locale } from '../../i18n/translate';

const zh = {
  png: '导出 PNG',
  png3: '导出 PNG（3×）',
  svg: '导出 SVG',
  pngLabel: (name: string) => `导出 PNG 图片（2×）：${name}`,
  png3Label: (name: string) => `导出 PNG 图片（3×）：${name}`,
  svgLabel: (name: string) => `导出 SVG 矢量图：${name}`,
  panelExport: (name: string) => `导出图表：${name}`,
  toolbar: '导出当前筛选结果',
  csv: '导出 CSV',
  csvLabel: (n: number) => `导出 CSV 表格（${n} 项指标）`,
  zip: '导出 ZIP（PNG+SVG）',
  zipLabel: (n: number) => `导出 ZIP 压缩包（${n} 项指标的 PNG 和 SVG 图片）`,
  pptx: '导出 PPTX',
  pptxLabel: (n: number) => `导出 PPTX 演示文稿（${n} 张图表）`,
  print: '打印 / PDF',
  printLabel: '打印 / PDF：另存为 PDF（A4，每页两个图表）',
  json: '下载数据集 JSON',
  jsonLabel: '下载数据集 JSON：完整数据文件',
  working: '正在导出…',
  progress: (done: number, total: number) => `正在导出 ${done} / ${total}`,
  progressLabel: '导出进度',
  cancel: '取消导出',
  cancelled: '已取消导出。',
  done: (file: string) => `已导出 ${file}`,
  failed: (message: string) => `导出失败：${message}`,
  preparingPrint: '正在准备打印版面…',
  nothing: '没有可导出的指标。',
  deckTitle: '科技金融指标看板',
  count: (n: number) => `共 ${n} 项指标`,
  printSheet: '打印版面',
} as const;

type Words = { [K in keyof typeof zh]: (typeof zh)[K] extends string ? string : (typeof zh)[K] };

const en: Words = {
  png: 'Export PNG',
  png3: 'Export PNG (3×)',
  svg: 'Export SVG',
  pngLabel: (name) => `Export PNG image (2×): ${name}`,
  png3Label: (name) => `Export PNG image (3×): ${name}`,
  svgLabel: (name) => `Export SVG vector image: ${name}`,
  panelExport: (name) => `Export chart: ${name}`,
  toolbar: 'Export the current selection',
  csv: 'Export CSV',
  csvLabel: (n) => `Export CSV table (${n} indicators)`,
  zip: 'Export ZIP (PNG+SVG)',
  zipLabel: (n) => `Export ZIP archive (PNG and SVG images of ${n} indicators)`,
  pptx: 'Export PPTX',
  pptxLabel: (n) => `Export PPTX presentation (${n} charts)`,
  print: 'Print / PDF',
  printLabel: 'Print / PDF: save as PDF (A4, two charts a page)',
  json: 'Download dataset JSON',
  jsonLabel: 'Download dataset JSON: the whole dataset as a file',
  working: 'Exporting…',
  progress: (done, total) => `Exporting ${done} of ${total}`,
  progressLabel: 'Export progress',
  cancel: 'Cancel export',
  cancelled: 'Export cancelled.',
  done: (file) => `Exported ${file}`,
  failed: (message) => `Export failed: ${message}`,
  preparingPrint: 'Preparing the print layout…',
  nothing: 'No indicators to export.',
  deckTitle: 'Sci-tech finance indicators',
  count: (n) => `${n} indicators`,
  printSheet: 'Print layout',
};

export type ExportWords = Words;

export function exportWords(locale: Locale): ExportWords {
  return locale === 'en' ? en : zh;
}
