// A small hand-built dataset for component tests: two documents, a three-level region tree
// (成渝 → 重庆市 → 重庆高新区, and 长三角 → 上海), and one indicator per interesting shape.
import type { WholeDataset, DatasetMention, Indicator, Observation } from '../../src/domain/dataset-schema';
import { SCHEMA_VERSION } from '../../src/domain/dataset-schema';

type Obs = Omit<Observation, 'source'> & { quote: string; numberText: string };

interface Doc {
  id: string;
  title: string;
  issuer: string;
  published: string;
  region: string;
  preamble: string;
}

const DOCS: Doc[] = [
  {
    id: 'cq-plan',
    title: '重庆高新区金融发展“十四五”规划',
    issuer: '重庆高新区管委会办公室',
    published: '2022-07-04',
    region: 'cq-hitech',
    preamble:
      '重庆高新区管委会办公室关于印发重庆高新区金融发展“十四五”规划的通知\n\n各镇街，管委会各部门：\n',
  },
  {
    id: 'yrd-plan',
    title: '上海、南京、杭州、合肥、嘉兴科技创新和金融改革试验区建设总体方案',
    issuer: '中国人民银行等八部门',
    published: '2022-11-18',
    region: 'yrd',
    preamble: '为深入贯彻落实党中央、国务院决策部署，制定本方案。\n',
  },
];

const ind = (
  id: string,
  zh: string,
  en: string,
  region: string,
  topic: string,
  unit: Indicator['unit'],
  doc: string,
  obs: Obs[],
) => ({ id, zh, en, region, topic, unit, doc, obs });

const a = (period: string, value: number, quote: string, numberText: string): Obs => ({
  role: 'actual',
  period,
  value,
  qualifier: '=',
  basis: 'level',
  quote,
  numberText,
});
const t = (
  period: string,
  value: number,
  quote: string,
  numberText: string,
  basis: Obs['basis'] = 'level',
): Obs => ({
  role: 'target',
  period,
  value,
  qualifier: '>=',
  basis,
  quote,
  numberText,
});

export const SMALL_INDICATORS = [
  ind('cq-loans', '科技型企业贷款余额', 'Loans to tech firms', 'chongqing', 'credit', '亿元', 'cq-plan', [
    a('2021', 800, '2021年末全市科技型企业贷款余额800亿元', '800亿元'),
    a('2023', 1100, '2023年末科技型企业贷款余额达到1100亿元', '1100亿元'),
    t('2025', 1500, '到2025年科技型企业贷款余额达到1500亿元以上', '1500亿元以上'),
  ]),
  ind('hitech-funds', '股权投资基金规模', 'Equity fund volume', 'cq-hitech', 'equity', '亿元', 'cq-plan', [
    a('2021', 100, '2021年高新区股权投资基金规模100亿元', '100亿元'),
    a('2023', 110, '2023年高新区股权投资基金规模110亿元', '110亿元'),
    t('2025', 300, '到2025年股权投资基金规模达到300亿元以上', '300亿元以上'),
  ]),
  ind('hitech-gva', '金融业增加值', 'Value added of finance', 'cq-hitech', 'output', '亿元', 'cq-plan', [
    a('2021', 200, '2021年金融业增加值200亿元', '200亿元'),
    a('2023', 240, '2023年金融业增加值240亿元', '240亿元'),
    t('2025', 8, '金融业增加值年均增速8%以上', '8%以上', 'cagr'),
  ]),
  ind('sh-listed', '科创板上市企业数量', 'STAR Market listings', 'shanghai', 'listing', '家', 'yrd-plan', [
    a('2022', 50, '2022年科创板上市企业50家', '50家'),
    a('2024', 65, '2024年科创板上市企业65家', '65家'),
    t('2025', 60, '到2025年科创板上市企业达到60家以上', '60家以上'),
  ]),
  ind('yrd-fintech', '金融科技企业数量', 'Fintech companies', 'yrd', 'institutions', '家', 'yrd-plan', [
    t('2025', 1000, '到2025年集聚金融科技企业1000家以上', '1000家以上'),
  ]),
];

export function makeSmallDataset(): WholeDataset {
  const texts = new Map(DOCS.map((d) => [d.id, d.preamble]));
  const mentions: DatasetMention[] = [];
  const indicators: Indicator[] = SMALL_INDICATORS.map((spec) => {
    const observations: Observation[] = spec.obs.map(({ quote, numberText, ...o }) => {
      let text = texts.get(spec.doc)!;
      text += '　　';
      const offset = text.length;
      text += `${quote}。\n`;
      texts.set(spec.doc, text);
      mentions.push({
        document: spec.doc,
        offset: offset + quote.indexOf(numberText),
        text: numberText,
        value: o.value,
        unit: o.basis === 'cagr' ? '%' : spec.unit,
        qualifier: o.qualifier,
        class: 'figure',
        period: o.period,
        status: 'used',
      });
      return { ...o, source: { document: spec.doc, quote, offset } };
    });
    return {
      id: spec.id,
      name: { zh: spec.zh, en: spec.en },
      region: spec.region,
      topic: spec.topic,
      unit: spec.unit,
      measure: 'stock',
      direction: 'increase',
      observations,
    };
  });
  // A quantity that is deliberately not an observation, and a number that is not a quantity at all.
  let cq = texts.get('cq-plan')! + '　　其中新设机构约30家。\n';
  mentions.push({
    document: 'cq-plan',
    offset: cq.indexOf('约30家'),
    text: '约30家',
    value: 30,
    unit: '家',
    qualifier: '~',
    class: 'figure',
    status: 'ignored',
    reason: '说明性数字，非指标',
  });
  cq += '　　联系电话：63151723\n';
  mentions.push({
    document: 'cq-plan',
    offset: cq.indexOf('63151723'),
    text: '63151723',
    value: 63151723,
    unit: null,
    qualifier: '=',
    class: 'phone',
    status: 'ignored',
    reason: '电话号码',
  });
  texts.set('cq-plan', cq);
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: DOCS.map(({ preamble: _p, ...d }) => ({
      ...d,
      file: `seeds/${d.id}.txt`,
      kind: 'plan',
      text: texts.get(d.id)!,
    })),
    regions: [
      { id: 'chengyu', name: { zh: '成渝地区', en: 'Chengdu–Chongqing' } },
      { id: 'chongqing', name: { zh: '重庆市', en: 'Chongqing' }, parent: 'chengyu' },
      { id: 'cq-hitech', name: { zh: '重庆高新区', en: 'Chongqing Hi-tech Zone' }, parent: 'chongqing' },
      { id: 'yrd', name: { zh: '长三角', en: 'Yangtze River Delta' } },
      { id: 'shanghai', name: { zh: '上海', en: 'Shanghai' }, parent: 'yrd' },
    ],
    topics: [
      { id: 'credit', name: { zh: '科技信贷', en: 'Tech credit' } },
      { id: 'equity', name: { zh: '股权投资', en: 'Equity investment' } },
      { id: 'output', name: { zh: '金融业增加值', en: 'Financial output' } },
      { id: 'listing', name: { zh: '上市融资', en: 'Listings' } },
      { id: 'institutions', name: { zh: '金融机构', en: 'Financial institutions' } },
    ],
    indicators,
    mentions,
  };
}
