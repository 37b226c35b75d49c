// Messages of the CSV import, in both UI languages. Values from the file are quoted and shortened, and
// always rendered as text by the UI.
export type ImportLocale = 'zh-CN' | 'en';

const MAX_ECHO = 40;

/** A cell value for a message: JSON-quoted (so control characters show as escapes), at most 40 characters. */
export function echo(value: string): string {
  const short = value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
  return JSON.stringify(short);
}

type Fill = (v: Record<string, string | number>) => string;

const zh = {
  tooLarge: (v) => `文件过大（${v.size}），上限为 ${v.limit}。请拆分后分批导入。`,
  tooManyRows: (v) => `行数超过上限 ${v.limit} 行。请拆分后分批导入。`,
  unreadable: (v) => `无法读取文件：${v.detail}。请保存为 UTF-8 或 GBK 编码的 CSV。`,
  semicolon: () => '文件用分号分隔。请用逗号分隔的 CSV（Excel：另存为“CSV（逗号分隔）”）。',
  missingColumns: (v) => `缺少列：${v.columns}。第一行须为列名：${v.expected}。`,
  noRows: () => '文件中没有数据行。',
  csvSyntax: (v) => `CSV 格式错误：${v.detail}`,
  unknownIndicator: (v) => `指标 ${v.value} 不在数据集中（请使用指标 id，见模板）`,
  emptyIndicator: () => '指标 id 为空',
  role: (v) => `role 须为 actual 或 target，而不是 ${v.value}`,
  period: (v) => `期间 ${v.value} 无效：须为 YYYY、YYYY-MM 或 YYYY-MM-DD 的真实日期`,
  value: (v) => `数值 ${v.value} 无效：须为普通小数，如 1234.5（不含千分位、单位或科学计数法）`,
  qualifier: (v) => `qualifier ${v.value} 无效：须为空或 = >= > <= < ~ 之一`,
  basis: (v) => `basis ${v.value} 无效：须为空或 level、cagr、yoy、growth 之一`,
  noteMissing: () => 'source_note 为空：请写明数字的出处（如“2024年统计公报”）',
  tooLong: (v) => `${v.column} 过长（${v.length} 个字符，上限 ${v.limit}）`,
  control: (v) => `${v.column} 含有控制字符或方向控制字符（${v.code}）`,
  duplicate: (v) => `与第 ${v.line} 行重复（同一指标、角色、期间和口径）`,
  extraFields: (v) => `列数多于表头（${v.count} 列）`,
} satisfies Record<string, Fill>;

export type ImportMessageKey = keyof typeof zh;

const en: Record<ImportMessageKey, Fill> = {
  tooLarge: (v) =>
    `The file is too large (${v.size}); the limit is ${v.limit}. Split it and import the parts.`,
  tooManyRows: (v) => `The file has more than ${v.limit} rows. Split it and import the parts.`,
  unreadable: (v) => `Cannot read the file: ${v.detail}. Save it as a CSV in UTF-8 or GBK.`,
  semicolon: () =>
    'The file is separated by semicolons. Use a comma-separated CSV (Excel: Save as "CSV (Comma delimited)").',
  missingColumns: (v) => `Missing columns: ${v.columns}. The first row must name the columns: ${v.expected}.`,
  noRows: () => 'The file has no data rows.',
  csvSyntax: (v) => `CSV syntax error: ${v.detail}`,
  unknownIndicator: (v) =>
    `indicator ${v.value} is not in the dataset (use the indicator id, see the template)`,
  emptyIndicator: () => 'indicator id is empty',
  role: (v) => `role must be actual or target, not ${v.value}`,
  period: (v) => `period ${v.value} is not a real date as YYYY, YYYY-MM or YYYY-MM-DD`,
  value: (v) =>
    `value ${v.value} is not a plain decimal such as 1234.5 (no thousands separators, units or exponents)`,
  qualifier: (v) => `qualifier ${v.value} must be empty or one of = >= > <= < ~`,
  basis: (v) => `basis ${v.value} must be empty or one of level, cagr, yoy, growth`,
  noteMissing: () =>
    'source_note is empty: say where the figure comes from (e.g. "2024 statistical bulletin")',
  tooLong: (v) => `${v.column} is too long (${v.length} characters, limit ${v.limit})`,
  control: (v) => `${v.column} contains a control or bidi-override character (${v.code})`,
  duplicate: (v) => `duplicates line ${v.line} (same indicator, role, period and basis)`,
  extraFields: (v) => `more fields than the header (${v.count})`,
};

export function importMessage(
  locale: ImportLocale,
  key: ImportMessageKey,
  vars: Record<string, string | number> = {},
): string {
  return (locale === 'en' ? en : zh)[key](vars);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
