// The region a figure's sentence names: the names each region may be written by, the nearest before the
// figure, and the draft that takes it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/dataset-schema';
import { regionNamed, regionNames, type RegionRef } from '../../../src/domain/draft/draft-region';
import { draftRows } from '../../../src/domain/draft/draft-rows';
import { extractMentions } from '../../../src/domain/extract/extract-mentions';
import { curatedFigures } from './curated-figures';

const region = (id: string, zh: string, parent?: string): RegionRef => ({
  id,
  name: { zh, en: id },
  ...(parent ? { parent } : {}),
});
/** As data/regions.csv has them, and a 两江新区 under 重庆市. */
const REGIONS = [
  region('chengyu', '成渝地区双城经济圈'),
  region('chongqing', '重庆市', 'chengyu'),
  region('cq-gaoxin', '重庆高新区（西部（重庆）科学城）', 'chongqing'),
  region('cq-liangjiang', '两江新区', 'chongqing'),
  region('yrd', '长三角'),
];
const names = regionNames(REGIONS);

describe('regionNames', () => {
  it('writes a region by its name, without brackets, what is in them, without its parent or 市', () => {
    const of = (id: string) => names.filter((n) => n.id === id).map((n) => n.name);
    expect(of('cq-gaoxin').sort()).toEqual(
      [
        '重庆高新区（西部（重庆）科学城）',
        '高新区（西部（重庆）科学城）',
        '重庆高新区',
        '西部（重庆）科学城',
        '高新区',
      ].sort(),
    );
    expect(of('chongqing').sort()).toEqual(['重庆', '重庆市'].sort());
    expect(of('cq-liangjiang')).toEqual(['两江新区']);
  });
});

describe('regionNamed', () => {
  it.each([
    ['高新区目前拥有各类金融机构共34家。', '34家', 'cq-gaoxin', '高新区'],
    ['重庆高新区科技型企业贷款余额300亿元。', '300亿元', 'cq-gaoxin', '重庆高新区'],
    ['两江新区科技型企业贷款余额300亿元。', '300亿元', 'cq-liangjiang', '两江新区'],
    ['重庆市、两江新区合计贷款300亿元。', '300亿元', 'cq-liangjiang', '两江新区'],
    ['全市科技型企业贷款余额6950亿元。', '6950亿元', null, null],
    // A name after the figure or in another sentence names nothing for it.
    ['贷款余额300亿元，居两江新区首位。', '300亿元', null, null],
    ['两江新区表现突出。全市贷款余额300亿元。', '300亿元', null, null],
    [
      '在两江新区、国家高新区等区域开展试点，已向试点区域内的89家企业发放贷款1.3亿元。',
      '1.3亿元',
      null,
      null,
    ],
    ['现已为高新区辖内科技型企业提供贷款1亿元。', '1亿元', 'cq-gaoxin', '高新区'],
  ])('%s【%s】→ %s', (text, figure, id, cue) => {
    const at = text.indexOf(figure);
    expect(regionNamed(text, at, names)).toEqual(id === null ? null : { id, cue });
  });
});

describe('draftRows, a figure whose sentence names another region', () => {
  const indicators = [
    {
      id: 'cq-tech-loans',
      name: { zh: '科技型企业贷款余额', en: 'Tech loans' },
      region: 'chongqing',
      topic: 'credit',
      unit: '亿元' as const,
      measure: 'stock' as const,
      direction: 'increase' as const,
    },
  ];
  const text = '截至2025年6月末，全市科技型企业贷款余额6950亿元；两江新区科技型企业贷款余额300亿元。';
  const mentions = extractMentions(text);
  const at = (figure: string) => mentions.find((m) => m.text === figure)!.offset;
  const rows = (withRegions: boolean) =>
    draftRows({
      document: { id: 'cq-news', text, published: '2025-07-28', region: 'chongqing' },
      mentions,
      unreviewed: new Set([at('6950亿元'), at('300亿元')]),
      indicators,
      ...(withRegions ? { regions: REGIONS } : {}),
    });

  it("takes the named region: a new indicator of 两江新区, not the city's series", () => {
    const drafts = rows(true);
    const city = drafts.observations.find((o) => o.value === '6950');
    const district = drafts.observations.find((o) => o.value === '300');
    expect(city?.indicator).toBe('cq-tech-loans');
    expect(district?.indicator).not.toBe('cq-tech-loans');
    expect(drafts.indicators).toEqual([
      expect.objectContaining({ id: district?.indicator, region: 'cq-liangjiang' }),
    ]);
    expect(district?.note).toContain('region from “两江新区”');
  });

  it("without the regions, the district's figure still stays out of the city's series, which holds that month already", () => {
    const drafts = rows(false);
    expect(drafts.observations.map((o) => [o.indicator, o.value])).toEqual([
      ['cq-tech-loans', '6950'],
      [drafts.indicators[0]?.id, '300'],
    ]);
    expect(drafts.indicators).toEqual([expect.objectContaining({ region: 'chongqing' })]);
    expect(drafts.skipped).toEqual([]);
  });
});

describe('regionNamed on the five seeds, against the curated catalogue', async () => {
  const figures = await curatedFigures();
  const golden = JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')) as Pick<Dataset, 'regions'>;
  const seedNames = regionNames(golden.regions);

  it("gives every curated figure its indicator's region (the document's, or the one its clause names)", () => {
    const wrong = figures
      .map(({ doc, mentions, index, indicator, observation }) => ({
        region: regionNamed(doc.text, mentions[index]!.offset, seedNames)?.id ?? doc.region,
        line: `${observation.source.quote}: ${indicator.region}`,
        curated: indicator.region,
      }))
      .filter((r) => r.region !== r.curated)
      .map((r) => r.line);
    expect(figures.length).toBeGreaterThan(60);
    // One of them (现已为高新区辖内…1亿元, in a reply of 重庆市) is the 高新区's: the document's region alone misses it.
    expect(figures.filter(({ doc, indicator }) => doc.region !== indicator.region)).toHaveLength(1);
    expect(wrong).toEqual([]);
  });
});
