// A table laid out one cell a line (pages saved from government sites): the row's name, remark and column
// header of a cell, and the proposals they give, from the 高新区 plan's 表1 and from tables of our own.
import { describe, expect, it } from 'vitest';
import { proposePeriod } from '../../../src/domain/draft/draft-period';
import { proposeSubject } from '../../../src/domain/draft/draft-subject';
import { columnHeader, isCell, tableRow } from '../../../src/domain/draft/draft-table';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';

/** The 高新区 plan's 表1, as the seed has it (blank lines between the cells). */
const PLAN_TABLE = [
  '1 重庆高新区“十四五”金融业发展目标',
  '序号',
  '指标',
  '单位',
  '2025年目标值',
  '备注',
  '1',
  '金融业增加值年均增速',
  '%',
  '8以上',
  '年均指标',
  '3',
  '政府性融资担保额度年均增速',
  '%',
  '15以上',
  '年均指标',
  '4',
  '金融机构及金融服务机构',
  '42',
  '期末指标',
  '6',
  '累计基金总规模',
  '亿元',
  '500',
  '期末指标',
].join('\n\n');

/** A table of our own: a column of actuals. */
const OWN_TABLE = [
  '指标',
  '单位',
  '2023年现状值',
  '科技型企业贷款余额',
  '亿元',
  '5200',
  '专精特新企业数量',
  '家',
  '1200',
].join('\n');

const cell = (text: string, figure: string) => {
  const mentions = extractMentions(text);
  const index = mentions.findIndex((m) => m.text === figure && isCell(text, m));
  if (index < 0) throw new Error(`no cell "${figure}"`);
  return { mentions, index, mention: mentions[index]! };
};

describe('tableRow and columnHeader', () => {
  it.each([
    ['表1', '15以上', PLAN_TABLE, '政府性融资担保额度年均增速', '年均指标', '2025', true],
    ['表1', '42', PLAN_TABLE, '金融机构及金融服务机构', '期末指标', '2025', true],
    ['表1', '500', PLAN_TABLE, '累计基金总规模', '期末指标', '2025', true],
    ['ours', '5200', OWN_TABLE, '科技型企业贷款余额', '', '2023', false],
    ['ours', '1200', OWN_TABLE, '专精特新企业数量', '', '2023', false],
  ])('%s, cell %s', (_table, figure, text, name, remark, period, target) => {
    const { mention } = cell(text, figure);
    expect(tableRow(text, mention)).toEqual({ name, remark });
    expect(columnHeader(text, mention)).toMatchObject({ period, target });
  });

  it('finds no row nor header for a figure in a sentence', () => {
    const text = '2025年目标值\n到2025年，政府性融资担保额度年均增速15%以上。';
    const m = extractMentions(text).find((x) => x.text === '15%以上')!;
    expect(isCell(text, m)).toBe(false);
    expect(tableRow(text, m)).toBeNull();
    expect(columnHeader(text, m)).toBeNull();
  });

  it('takes no row name that is a number, and no header that is inside a sentence', () => {
    const text = '序号\n1\n15\n根据2025年目标，逐年推进。\n20';
    const m = extractMentions(text).find((x) => x.text === '20')!;
    expect(isCell(text, m)).toBe(true);
    expect(tableRow(text, m)).toBeNull();
    expect(columnHeader(text, m)).toBeNull();
  });
});

describe('a cell drafted: subject and basis from its row, role and period from its column', () => {
  it.each([
    ['表1', '15以上', PLAN_TABLE, '政府性融资担保额度', 'cagr', 'target', '2025'],
    ['表1', '8以上', PLAN_TABLE, '金融业增加值', 'cagr', 'target', '2025'],
    ['表1', '42', PLAN_TABLE, '金融机构及金融服务机构', 'level', 'target', '2025'],
    ['表1', '500', PLAN_TABLE, '基金总规模', 'level', 'target', '2025'],
    ['ours', '5200', OWN_TABLE, '科技型企业贷款余额', 'level', 'actual', '2023'],
  ])('%s, cell %s', (_table, figure, text, subject, basis, role, period) => {
    const { mentions, index } = cell(text, figure);
    expect(proposeSubject(text, mentions, index)).toMatchObject({ subject, basis });
    expect(proposePeriod(text, mentions, index, '2022-07-04')).toMatchObject({ role, period });
  });
});
