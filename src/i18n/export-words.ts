// The exports' words, both languages: the toolbar's and panel menu's labels and messages, and what goes into an
// exported file (unit, status, source and period lines, filter summary). Loaded with the export code (a click
// or the lazy toolbar), so they stay off the first screen's critical path; only the toolbar's button words,
// which its placeholder shows while the code loads, stay in the main dictionaries.
import { fillTemplate, translator, type Locale, type MessageKey, type Vars } from './translate';

const ZH = {
  // Exports (src/components/export).
  'export.png': '导出 PNG',
  'export.png3': '导出 PNG（3×）',
  'export.svg': '导出 SVG',
  'export.pngLabel': '导出 PNG 图片（2×）：{name}',
  'export.png3Label': '导出 PNG（3×）图片：{name}',
  'export.svgLabel': '导出 SVG 矢量图：{name}',
  'export.panelExport': '导出图表：{name}',
  'export.toolbar': '导出当前筛选结果',
  'export.csvLabel': '导出 CSV 表格（{n} 项指标）',
  'export.zipLabel': '导出 ZIP（PNG+SVG）压缩包：{n} 项指标的 PNG 和 SVG 图片',
  'export.pptxLabel': '导出 PPTX 演示文稿（{n} 张图表）',
  'export.printLabel': '打印 / PDF：另存为 PDF（A4，每页两个图表）',
  'export.jsonLabel': '下载数据集 JSON：完整数据文件',
  'export.xlsxLabel': '导出 XLSX：Excel 工作簿（{n} 项指标，附来源文件）',
  'export.working': '正在导出…',
  'export.progress': '正在导出 {done} / {total}',
  'export.progressLabel': '导出进度',
  'export.cancel': '取消导出',
  'export.cancelled': '已取消导出。',
  'export.done': '已导出 {file}',
  'export.failed': '导出失败：{message}',
  'export.preparingPrint': '正在准备打印版面…',
  'export.nothing': '没有可导出的指标。',
  'export.deckTitle': '科技金融指标看板',
  'export.count': '共 {n} 项指标',
  'export.printSheet': '打印版面',
  // Texts drawn inside an exported chart (src/export/source-line.ts) and the cover's filter (filter-text.ts).
  'export.source': '来源：{list}',
  'export.cite': '《{title}》，{issuer}，{date}',
  'export.userSupplied': '含用户导入数据',
  'export.unit': '单位：{unit}',
  'export.unit.亿元': '亿元',
  'export.unit.%': '%',
  'export.unit.家': '家',
  'export.unit.个': '个',
  'export.unit.项': '项',
  'export.unit.款': '款',
  'export.unit.场': '场',
  'export.unit.笔': '笔',
  'export.unit.条': '条',
  'export.unit.件': '件',
  'export.unit.人': '人',
  'export.unit.次': '次',
  'export.unit.只': '只',
  'export.unit.户': '户',
  'export.unit.支': '支',
  'export.unit.年': '年',
  'export.unit.倍': '倍',
  'export.status': '状态：{status} — {reason}',
  'export.reason.no-growth-required': '目标不高于基线，但最新实际值尚未达到目标',
  'export.period.baseline': '基线 {period}',
  'export.period.target': '目标 {period}',
  'export.period.latest': '最新 {period}',
  'export.filter.region': '地区：{values}',
  'export.filter.topic': '主题：{values}',
  'export.filter.doc': '文件：{values}',
  'export.filter.status': '状态：{values}',
  'export.filter.docTitle': '《{title}》',
  'export.filter.search': '搜索：“{q}”',
  'export.filter.all': '全部指标',
  'export.asOf': '评估日期：{date}',
} as const;

export type ExportKey = keyof typeof ZH;

const EN: Record<ExportKey, string> = {
  'export.png': 'Export PNG',
  'export.png3': 'Export PNG (3×)',
  'export.svg': 'Export SVG',
  'export.pngLabel': 'Export PNG image (2×): {name}',
  'export.png3Label': 'Export PNG (3×) image: {name}',
  'export.svgLabel': 'Export SVG vector image: {name}',
  'export.panelExport': 'Export chart: {name}',
  'export.toolbar': 'Export the current selection',
  'export.csvLabel': 'Export CSV table ({n, plural, one {{n} indicator} other {{n} indicators}})',
  'export.zipLabel':
    'Export ZIP (PNG+SVG) archive: PNG and SVG images of {n, plural, one {{n} indicator} other {{n} indicators}}',
  'export.pptxLabel': 'Export PPTX presentation ({n, plural, one {{n} chart} other {{n} charts}})',
  'export.printLabel': 'Print / PDF: save as PDF (A4, two charts a page)',
  'export.jsonLabel': 'Download dataset JSON: the whole dataset as a file',
  'export.xlsxLabel':
    'Export XLSX: Excel workbook ({n, plural, one {{n} indicator} other {{n} indicators}}, with sources)',
  'export.working': 'Exporting…',
  'export.progress': 'Exporting {done} of {total}',
  'export.progressLabel': 'Export progress',
  'export.cancel': 'Cancel export',
  'export.cancelled': 'Export cancelled.',
  'export.done': 'Exported {file}',
  'export.failed': 'Export failed: {message}',
  'export.preparingPrint': 'Preparing the print layout…',
  'export.nothing': 'No indicators to export.',
  'export.deckTitle': 'Sci-tech finance indicators',
  'export.count': '{n, plural, one {{n} indicator} other {{n} indicators}}',
  'export.printSheet': 'Print layout',
  'export.source': 'Source: {list}',
  'export.cite': '"{title}", {issuer}, {date}',
  'export.userSupplied': 'includes user-imported data',
  'export.unit': 'Unit: {unit}',
  'export.unit.亿元': '100 million yuan',
  'export.unit.%': '%',
  'export.unit.家': 'firms',
  'export.unit.个': '个',
  'export.unit.项': 'items',
  'export.unit.款': '款',
  'export.unit.场': '场',
  'export.unit.笔': '笔',
  'export.unit.条': '条',
  'export.unit.件': '件',
  'export.unit.人': 'people',
  'export.unit.次': '次',
  'export.unit.只': '只',
  'export.unit.户': 'accounts',
  'export.unit.支': 'funds',
  'export.unit.年': 'years',
  'export.unit.倍': 'times',
  'export.status': 'Status: {status} — {reason}',
  'export.reason.no-growth-required':
    'The target is not beyond the baseline, yet the latest actual does not meet it',
  'export.period.baseline': 'baseline {period}',
  'export.period.target': 'target {period}',
  'export.period.latest': 'latest {period}',
  'export.filter.region': 'Region: {values}',
  'export.filter.topic': 'Topic: {values}',
  'export.filter.doc': 'Document: {values}',
  'export.filter.status': 'Status: {values}',
  'export.filter.docTitle': '"{title}"',
  'export.filter.search': 'Search: "{q}"',
  'export.filter.all': 'All indicators',
  'export.asOf': 'As of {date}',
};

export const EXPORT_WORDS: Record<Locale, Record<ExportKey, string>> = { 'zh-CN': ZH, en: EN };

export type ExportTranslate = (key: MessageKey | ExportKey, vars?: Vars) => string;

const translators = new Map<Locale, ExportTranslate>();

const isExportKey = (key: MessageKey | ExportKey): key is ExportKey => Object.hasOwn(ZH, key);

/** t() for export code: the export words first, then the main dictionary. */
export function exportTranslator(locale: Locale): ExportTranslate {
  let t = translators.get(locale);
  if (!t) {
    const words = EXPORT_WORDS[locale];
    const main = translator(locale);
    t = (key, vars) => {
      if (!isExportKey(key)) return main(key, vars);
      return vars ? fillTemplate(words[key], locale, vars) : words[key];
    };
    translators.set(locale, t);
  }
  return t;
}
