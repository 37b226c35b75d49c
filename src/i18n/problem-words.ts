// The build's problems in words, both languages, from their code and parameters
// (src/domain/catalogue/problem-codes.ts). Loaded by the review page only: the dashboard shows no build
// problem. A problem without a known code shows its English message, located the same way.
import {
  isProblemCode,
  type FieldIssue,
  type NamedFigure,
  type ProblemParams,
  type RecordKind,
  type ReportedProblem,
} from '../domain/catalogue/problem-codes';
import { formatQualifier } from '../domain/format';
import { faultText, type PeriodFault } from '../domain/period';
import { QUALIFIERS, type Qualifier } from '../domain/types';
import type { Locale } from './translate';

/** One function per code: a code without words fails the type-check. */
export type ProblemWords = { [C in keyof ProblemParams]: (p: ProblemParams[C]) => string };

const sign = (q: string, locale: Locale) =>
  (QUALIFIERS as readonly string[]).includes(q) ? formatQualifier(q as Qualifier, locale) : q;

// ---- zh-CN ----

const ZH_COLUMN: Record<string, string> = {
  id: 'id',
  file: '文件名',
  title: '标题',
  issuer: '发文机关',
  published: '发布日期',
  region: '地区',
  kind: '类型',
  note: '备注',
  name_zh: '中文名称',
  name_en: '英文名称',
  parent: '上级地区',
  topic: '主题',
  unit: '单位',
  measure: '度量',
  direction: '方向',
  draft: '草稿标记',
  indicator: '指标',
  role: '类型',
  period: '期间',
  value: '数值',
  qualifier: '限定',
  basis: '口径',
  since: '起始期间',
  document: '文件',
  quote: '引文',
  dated: '日期依据',
  text: '数字',
  reason: '忽略理由',
};

const ZH_RECORD: Record<RecordKind, string> = {
  observation: '数值行',
  'new indicator': '新指标',
  ignore: '忽略行',
  document: '文件信息',
};

const ZH_KIND = { region: '地区', topic: '主题', indicator: '指标', document: '文件' } as const;

const zhColumn = (c: string) => (ZH_COLUMN[c] && ZH_COLUMN[c] !== c ? `${ZH_COLUMN[c]}（${c}）` : c);
const zhFigure = (m: NamedFigure) =>
  `“${m.text}”（${sign(m.qualifier, 'zh-CN')}${m.value ?? '?'} ${m.unit ?? '无单位'}）`;
/** What a quote holds: '其中有“6950亿元”（6950 亿元）', or '其中没有数字'. */
const zhHeld = (held: NamedFigure[]) =>
  held.length ? `其中有${held.map(zhFigure).join('、')}` : '其中没有数字';
const EXCEL_ZH = 'Excel 可能已把它转成了日期：请把该列设为文本后重新输入';

function zhFault(f: PeriodFault, what: 'period' | 'date'): string {
  if (f.kind === 'no-month') return `不是有效期间：没有 ${f.month} 月`;
  if (f.kind === 'no-day') return `不是有效日期：${f.yearMonth} 只有 01 至 ${f.days} 日`;
  const form =
    what === 'period'
      ? '须写作 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2027、2024-06、2024-06-30）'
      : '须写作 YYYY-MM-DD 形式的日期（如 2025-07-28）';
  if (f.kind === 'excel') return `${form}；${EXCEL_ZH}`;
  return what === 'period' ? `${form}，不能写文字或相对日期：请写出原文所指的年份` : form;
}

function zhIssue(i: FieldIssue): string {
  switch (i.kind) {
    case 'one-of':
      return `须为以下之一：${i.values.join('、')}`;
    case 'empty':
      return '不能为空';
    case 'required':
      return '缺少此项';
    case 'too-long':
      return `超过 ${i.max} 个字符`;
    case 'number':
      return '须为普通小数，如 6950 或 0.2781（不带千位分隔符、文字或指数）';
    case 'id':
      return '须由小写字母、数字和“-”组成（如 cq-gaoxin）';
    case 'seed-file':
      return '须为 seeds/<文件名>.txt|html|htm|docx|pdf';
    case 'period':
    case 'date':
      return zhFault(i.fault, i.kind);
    case 'draft-mark':
      return '须为 1（尚未审核的草稿）或留空';
    case 'other':
      return `不符合要求（${i.detail}）`;
  }
}

const ZH: ProblemWords = {
  'table-missing': (p) => `文件不存在：请新建此文件，首行为表头 ${p.header}`,
  'table-empty': (p) => `文件是空的：首行应为表头（${p.header}）`,
  'table-too-large': (p) => `大于 ${p.limitMb} MB，不是目录表格（文件是否选错了？）`,
  'table-undecodable': (p) => `无法读取文字（${p.detail}）：请在 Excel 中另存为“CSV UTF-8 (逗号分隔)”`,
  'csv-syntax': (p) =>
    p.unclosedQuote
      ? `CSV 格式错误：引号 " 未闭合或未成对（${p.detail}）：请闭合带引号的单元格，单元格内的 " 写作 ""`
      : `CSV 格式错误：${p.detail}`,
  'csv-separator': (p) =>
    `各列以${p.separator === 'semicolon' ? '分号' : '制表符'}分隔，而非逗号：请另存为以逗号分隔的 CSV（Excel：另存为“CSV UTF-8 (逗号分隔)”）`,
  'csv-missing-column': (p) => `表头缺少“${p.column}”列（应有：${p.expected.join('、')}）`,
  'csv-unknown-column': (p) => `未知的列“${p.column}”（应有：${p.expected.join('、')}）`,
  'csv-duplicate-column': (p) => `“${p.column}”列出现了两次`,
  'csv-cell-count': (p) =>
    `应有 ${p.expected} 个单元格（${p.header.join(',')}），实有 ${p.found} 个；含逗号的单元格须加引号`,
  field: (p) =>
    `${p.record ? `${ZH_RECORD[p.record]}：` : ''}${zhColumn(p.column)}“${p.value}”${zhIssue(p.issue)}`,
  'duplicate-id': (p) => `id “${p.id}”重复（首次出现在第 ${p.first} 行）：每行须有自己的 id`,
  'parent-not-region': (p) => `上级地区“${p.parent}”不是地区 id：请使用 id 列中的值`,
  'region-cycle': (p) => `地区“${p.region}”成了自己的上级（经由“${p.through}”循环）`,
  'unknown-reference': (p) => `${ZH_KIND[p.kind]}“${p.id}”不在 ${p.table} 中：请检查拼写，或在该表中添加一行`,
  'indicator-unused': (p) => `指标“${p.indicator}”在 ${p.table} 中没有数值：请添加一条，或删除该指标`,
  'seed-missing': (p) => `文件“${p.file}”不存在：请将文件放到该位置，或更正文件名`,
  'seed-unreadable': (p) => `无法读取此文件：${p.detail}`,
  'seed-too-large': (p) => `文字大于 ${p.limitMb} MB，远超一份政策文件：文件是否选错了？只保留文件的正文`,
  'seed-unsupported': (p) =>
    `不支持的格式：${p.extension ? `不读取 .${p.extension} 文件` : '不读取没有扩展名的文件'}${
      /^(doc|wps|rtf|odt)$/i.test(p.extension ?? '') ? '（请在 Word 或 WPS 中另存为 .docx）' : ''
    }；seeds/ 接受 ${p.accepted.map((e) => `.${e}`).join('、')}`,
  'seed-not-listed': (p) => `未列入 ${p.table}：请为它添加一行（见 README“Adding a document”）`,
  'bad-period': (p) => `${zhColumn(p.column)}“${p.value}”不是有效期间（${p.detail}）`,
  'since-after-period': (p) => `起始期间 ${p.since} 晚于期间 ${p.period}`,
  'duplicate-observation': (p) => `数值重复：与第 ${p.first} 行的指标、类型、期间、口径和文件均相同`,
  'actual-after-document': (p) =>
    `实际值的期间 ${p.period} 晚于其文件（发布于 ${p.published}）：是否应为目标值？`,
  'target-before-document': (p) =>
    `目标值的期间 ${p.period} 早于设定它的文件（发布于 ${p.published}）：目标应在文件之后到期；请检查期间，或是否应为实际值？`,
  'quote-not-found': (p) =>
    `引文在文件 ${p.document} 中未找到：“${p.quote}”；${
      p.parting
        ? `文件与引文一致到“${p.parting.upTo}”（第 ${p.parting.line} 行），此后文件为“${p.parting.reads}”，引文却为“${p.parting.quoteHas}”`
        : '文件中找不到其中任何部分：文件是否选对了？'
    }（请从文件中原样复制，标点也要一致）`,
  'quote-ambiguous': (p) =>
    `引文在文件 ${p.document} 中出现 ${p.count} 次（第 ${p.lines.join('、')} 行）：请加长引文，直到只出现一次`,
  'value-not-in-quote': (p) =>
    `引文中没有 ${sign(p.qualifier, 'zh-CN')}${p.value} ${p.unit}：${zhHeld(p.held)}` +
    `（数值以指标的单位 ${p.indicatorUnit} 填写，“万”已换算，金额以亿元计）：请更正数值、限定或口径，或引用含该数字的句子`,
  'ignored-text-not-in-quote': (p) => `引文中没有数字“${p.text}”（${zhHeld(p.held)}）`,
  'ignored-no-figure': (p) => `引文中没有可忽略的数值（${zhHeld(p.held)}）`,
  'ignored-but-used': (p) => `“${p.text}”已被 ${p.by} 采用：请删除此行或那条数值`,
  'unreviewed-figure': (p) => `待核数字 ${zhFigure(p.figure)}：请加入 ${p.observations} 或 ${p.ignored}`,
  'draft-indicator': (p) =>
    `指标“${p.indicator}”是草稿（${p.at}，draft 1）：审核后请清除其草稿标记，或把此行也标为草稿`,
  'dataset-contract': (p) => `数据集字段 ${p.path} 不合约定：${p.detail}`,
  'catalogue-broken': () => '目录中有构建报告的问题：请先修正它们',
  'decision-document-unknown': (p) => `文件“${p.document}”不在目录中`,
  'decision-no-figure': (p) => `${p.file} 的位置 ${p.offset} 处没有数字`,
  'decision-decided': (p) => `“${p.text}”已经${p.status === 'used' ? '采用' : '忽略'}`,
  'decision-indicator-mismatch': (p) => `数值行：指标“${p.indicator}”不是新建的指标“${p.newIndicator}”`,
  'decision-other-figure': (p) =>
    `引文证明不了“${p.text}”（位置 ${p.offset}）：它证明的是另一个数字；请缩短或移动引文，使它首先含有这个数字`,
  'decision-table-missing': (p) => `${p.file}：文件不存在`,
  'decision-row-missing': (p) => `文件“${p.id}”在 ${p.table} 中没有有效的行`,
};

// ---- en ----

const enFigure = (m: NamedFigure) =>
  `"${m.text}" → ${sign(m.qualifier, 'en')}${m.value ?? '?'} ${m.unit ?? 'no unit'}`;
const enHeld = (held: NamedFigure[], none: string) => (held.length ? held.map(enFigure).join(', ') : none);

function enIssue(i: FieldIssue): string {
  switch (i.kind) {
    case 'one-of':
      return `must be one of: ${i.values.join(' ')}`;
    case 'empty':
      return 'must not be empty';
    case 'required':
      return 'is missing';
    case 'too-long':
      return `is longer than ${i.max} characters`;
    case 'number':
      return 'must be a plain decimal number such as 6950 or 0.2781 (no separators, words or exponents)';
    case 'id':
      return 'must be lower-case letters, digits and "-" (e.g. cq-gaoxin)';
    case 'seed-file':
      return "must be 'seeds/<name>.txt|html|htm|docx|pdf'";
    case 'period':
    case 'date':
      return faultText(i.fault, i.kind);
    case 'draft-mark':
      return 'must be 1 (a draft nobody has reviewed yet) or empty';
    case 'other':
      return `is not accepted (${i.detail})`;
  }
}

const EN: ProblemWords = {
  'table-missing': (p) => `file not found: create it with the header row ${p.header}`,
  'table-empty': (p) => `the file is empty: expected a header row (${p.header})`,
  'table-too-large': (p) => `larger than ${p.limitMb} MB: not a catalogue table (is it the right file?)`,
  'table-undecodable': (p) => `${p.detail}: save it from Excel as "CSV UTF-8 (逗号分隔)"`,
  'csv-syntax': (p) =>
    `CSV syntax: ${p.detail}${
      p.unclosedQuote
        ? ' (a quote " is not closed or not doubled): close the quoted cell, and write a " inside a cell as ""'
        : ''
    }`,
  'csv-separator': (p) =>
    `columns are separated by ${p.separator === 'semicolon' ? "';'" : 'tabs'}, not commas — save the file as CSV with commas (Excel: 另存为 "CSV UTF-8 (逗号分隔)")`,
  'csv-missing-column': (p) =>
    `missing column "${p.column}" in the header (expected: ${p.expected.join(', ')})`,
  'csv-unknown-column': (p) => `unknown column "${p.column}" (expected: ${p.expected.join(', ')})`,
  'csv-duplicate-column': (p) => `column "${p.column}" appears twice`,
  'csv-cell-count': (p) =>
    `expected ${p.expected} cells (${p.header.join(',')}) but found ${p.found}; quote cells that contain a comma`,
  field: (p) => `${p.record ? `${p.record}: ` : ''}${p.column} "${p.value}" ${enIssue(p.issue)}`,
  'duplicate-id': (p) => `duplicate id "${p.id}" (first on line ${p.first}): give each row its own id`,
  'parent-not-region': (p) => `parent "${p.parent}" is not a region id: use an id from the id column`,
  'region-cycle': (p) => `region "${p.region}" is its own ancestor (parent cycle through "${p.through}")`,
  'unknown-reference': (p) =>
    `${p.kind} "${p.id}" is not in ${p.table}: check the spelling, or add a row for it there`,
  'indicator-unused': (p) =>
    `indicator "${p.indicator}" has no observation in ${p.table}: add one, or remove the indicator`,
  'seed-missing': (p) => `file "${p.file}" does not exist: put the document there, or correct the file name`,
  'seed-unreadable': (p) => p.detail,
  'seed-too-large': (p) =>
    `its text is larger than ${p.limitMb} MB, far more than a policy document: is it the right file? Keep only the text of the document`,
  'seed-unsupported': (p) =>
    `unsupported format: ${p.extension ? `.${p.extension} files are not read` : 'a file without an extension is not read'}${
      /^(doc|wps|rtf|odt)$/i.test(p.extension ?? '') ? ' (save it as .docx from Word or WPS)' : ''
    }; seeds/ accepts ${p.accepted.map((e) => `.${e}`).join(', ')}`,
  'seed-not-listed': (p) => `not listed in ${p.table}: add a row for it (see README, "Adding a document")`,
  'bad-period': (p) => `${p.column} "${p.value}" is not a real period: ${p.detail}`,
  'since-after-period': (p) => `since ${p.since} is after period ${p.period}`,
  'duplicate-observation': (p) =>
    `duplicate observation: same indicator, role, period, basis and document as line ${p.first}`,
  'actual-after-document': (p) =>
    `actual dated ${p.period} is later than its document (published ${p.published}); is it a target?`,
  'target-before-document': (p) =>
    `target dated ${p.period} is before its own document (published ${p.published}): a target falls due after the document that sets it; check the period, or is it an actual?`,
  'quote-not-found': (p) =>
    `quote not found in ${p.document}: "${p.quote}"${
      p.parting
        ? `; the document matches it up to "${p.parting.upTo}" (line ${p.parting.line}), then reads ${JSON.stringify(p.parting.reads)} where the quote has ${JSON.stringify(p.parting.quoteHas)}`
        : '; no part of it is in the document: is it the right document?'
    } (copy it exactly from the document, punctuation included)`,
  'quote-ambiguous': (p) =>
    `quote occurs ${p.count} times in ${p.document} (lines ${p.lines.join(', ')}): lengthen it until it is unique`,
  'value-not-in-quote': (p) =>
    `the quote does not hold ${p.qualifier === '=' ? '' : p.qualifier}${p.value} ${p.unit}: ` +
    (p.held.length ? `it holds ${enHeld(p.held, '')}` : 'it holds no figure') +
    ` (values are in the indicator's unit, ${p.indicatorUnit}, with 万 applied and money in 亿元):` +
    ' correct the value, qualifier or basis, or quote the sentence that holds the figure',
  'ignored-text-not-in-quote': (p) =>
    `no mention "${p.text}" inside the quote (it holds ${enHeld(p.held, 'no number')})`,
  'ignored-no-figure': (p) => `the quote holds no figure to ignore (it holds ${enHeld(p.held, 'no number')})`,
  'ignored-but-used': (p) => `"${p.text}" is used by ${p.by}; remove this row or that observation`,
  'unreviewed-figure': (p) =>
    `unreviewed figure ${enFigure(p.figure)}: add it to ${p.observations} or ${p.ignored}`,
  'draft-indicator': (p) =>
    `indicator "${p.indicator}" is a draft (${p.at}, draft 1): clear its draft mark once you have reviewed it, or mark this row draft too`,
  'dataset-contract': (p) => `${p.path}: ${p.detail}`,
  'catalogue-broken': () => 'the catalogue has problems the build reports: fix them first',
  'decision-document-unknown': (p) => `document "${p.document}" is not in the catalogue`,
  'decision-no-figure': (p) => `no figure at offset ${p.offset} of ${p.file}`,
  'decision-decided': (p) => `"${p.text}" is ${p.status} already`,
  'decision-indicator-mismatch': (p) =>
    `observation: indicator "${p.indicator}" is not the new indicator "${p.newIndicator}"`,
  'decision-other-figure': (p) =>
    `the quote does not prove "${p.text}" (at ${p.offset}): it proves another figure; shorten or move the quote so that it holds this figure first`,
  'decision-table-missing': (p) => `${p.file}: file not found`,
  'decision-row-missing': (p) => `document "${p.id}" has no valid row in ${p.table}`,
};

/** Both languages' words (exported for the test that every code has them). */
export const PROBLEM_WORDS: Record<Locale, ProblemWords> = { 'zh-CN': ZH, en: EN };

/** What the problem says, in `locale`; its English message when its code is unknown or its words fail. */
export function problemSays(locale: Locale, p: ReportedProblem): string {
  if (!isProblemCode(p.code) || typeof p.params !== 'object' || p.params === null) return p.message;
  try {
    return (PROBLEM_WORDS[locale][p.code] as (params: unknown) => string)(p.params);
  } catch {
    return p.message;
  }
}

/** The problem in `locale` with its file and line: 'data/observations.csv 第 12 行：…', 'data/observations.csv:12: …'. */
export function problemText(locale: Locale, p: ReportedProblem): string {
  const says = problemSays(locale, p);
  if (p.file === undefined) return says;
  if (locale === 'en') return p.line === undefined ? `${p.file}: ${says}` : `${p.file}:${p.line}: ${says}`;
  return p.line === undefined ? `${p.file}：${says}` : `${p.file} 第 ${p.line} 行：${says}`;
}
