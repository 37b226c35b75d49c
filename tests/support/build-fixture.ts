// A small, valid catalogue around one short document; each test breaks one thing in it.
import type { BuildInput } from '../../src/domain/catalogue/build-dataset';
import type { TableName } from '../../src/domain/catalogue/read-tables';
import { readTxt } from '../../scripts/lib/read-format/txt';

export const DOC_TEXT =
  '重庆市科技金融情况\n截至2024年6月末,全市科技型企业贷款余额6950亿元、同比增长42.4%。\n' +
  '到2027年,制造业融资额新增500亿元以上。落地建设沪、深、北三大交易所重庆基地。\n联系电话:63151723\n';

export type Tables = Record<TableName, string>;

export function validTables(): Tables {
  return {
    documents:
      'id,file,title,issuer,published,region,kind\n' +
      'doc-a,seeds/a.txt,重庆科技金融答复,重庆市金融办,2025-07-28,chongqing,reply\n',
    regions:
      'id,name_zh,name_en,parent\n' +
      'chengyu,成渝,Chengdu–Chongqing,\n' +
      'chongqing,重庆市,Chongqing,chengyu\n',
    topics:
      'id,name_zh,name_en\n' +
      'credit,科技信贷,Tech credit\n' +
      'manufacturing,制造业金融,Manufacturing finance\n',
    indicators:
      'id,name_zh,name_en,region,topic,unit,measure,direction,note\n' +
      'tech-loan,科技型企业贷款余额,Tech loan balance,chongqing,credit,亿元,stock,increase,\n' +
      'mfg-new,制造业融资额（新增）,New manufacturing financing,chongqing,manufacturing,亿元,flow,increase,\n',
    observations:
      'indicator,role,period,value,qualifier,basis,since,document,quote,note\n' +
      'tech-loan,actual,2024-06,6950,=,level,,doc-a,全市科技型企业贷款余额6950亿元,\n' +
      'tech-loan,actual,2024-06,42.4,=,yoy,,doc-a,同比增长42.4%,\n' +
      'mfg-new,target,2027,500,>=,level,2024,doc-a,制造业融资额新增500亿元以上,\n',
    ignored: 'document,quote,text,reason\n' + 'doc-a,沪、深、北三大交易所,,交易所数量，不是指标\n',
  };
}

const enc = new TextEncoder();

export function inputFrom(
  tables: Partial<Tables>,
  seeds: Record<string, Uint8Array | string> = {},
): BuildInput {
  const base = validTables();
  const merged = { ...base, ...tables };
  const allSeeds = { 'seeds/a.txt': DOC_TEXT, ...seeds };
  return {
    tables: Object.fromEntries(
      Object.entries(merged).map(([name, text]) => [
        name,
        { file: `data/${name}.csv`, bytes: enc.encode(text) },
      ]),
    ) as BuildInput['tables'],
    // Every seed as the .txt reader reads it (the build reads the other formats as text the same way).
    seeds: new Map(
      Object.entries(allSeeds).map(([file, content]) => [
        file,
        readTxt(typeof content === 'string' ? enc.encode(content) : content),
      ]),
    ),
  };
}

/**
 * The CSV with the `draft` column added to its header (the rows as they were: a reviewed row may end before
 * it) and `rows` appended as they are written (each ending with its draft cell), as `npm run draft` does.
 */
export function withDrafts(csv: string, ...rows: string[]): string {
  const nl = csv.indexOf('\n');
  return `${csv.slice(0, nl)},draft${csv.slice(nl)}${rows.map((r) => `${r}\n`).join('')}`;
}

/** Replace one line (1-based, header is line 1) of a CSV text. */
export function withLine(csv: string, line: number, content: string): string {
  const lines = csv.split('\n');
  lines[line - 1] = content;
  return lines.join('\n');
}
