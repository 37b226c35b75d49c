// Deterministic synthetic datasets for component tests and the 5,000-indicator benchmarks (issue 5).
// Every quote is an exact substring of its document's text at its offset, and every figure mention points at
// the number inside a quote, so the provenance panel and the schema both hold.
import type {
  WholeDataset,
  DatasetMention,
  Indicator,
  Observation,
  Region,
  WholeDocument,
} from '../../src/domain/dataset-schema';
import { SCHEMA_VERSION } from '../../src/domain/dataset-schema';
import type { Unit } from '../../src/domain/types';
import { rng } from './rng';

export interface SyntheticOptions {
  indicators: number;
  regions: number;
  seed: number;
}

const BASE_REGIONS: Region[] = [
  { id: 'chengyu', name: { zh: '成渝地区', en: 'Chengdu–Chongqing' } },
  { id: 'chongqing', name: { zh: '重庆市', en: 'Chongqing' }, parent: 'chengyu' },
  { id: 'cq-hitech', name: { zh: '重庆高新区', en: 'Chongqing Hi-tech Zone' }, parent: 'chongqing' },
  { id: 'yrd', name: { zh: '长三角', en: 'Yangtze River Delta' } },
  { id: 'shanghai', name: { zh: '上海', en: 'Shanghai' }, parent: 'yrd' },
  { id: 'hefei', name: { zh: '合肥', en: 'Hefei' }, parent: 'yrd' },
];

const TOPICS = [
  { id: 'credit', name: { zh: '科技信贷', en: 'Tech credit' } },
  { id: 'equity', name: { zh: '股权投资', en: 'Equity investment' } },
  { id: 'listing', name: { zh: '上市融资', en: 'Listings' } },
  { id: 'institutions', name: { zh: '金融机构', en: 'Financial institutions' } },
];

const KINDS: { zh: string; en: string; unit: Unit; topic: string; base: number }[] = [
  { zh: '科技型企业贷款余额', en: 'Loans to tech firms', unit: '亿元', topic: 'credit', base: 800 },
  {
    zh: '知识价值信用贷款累计发放',
    en: 'Knowledge-value credit loans issued',
    unit: '亿元',
    topic: 'credit',
    base: 60,
  },
  { zh: '股权投资基金总规模', en: 'Equity fund volume', unit: '亿元', topic: 'equity', base: 300 },
  { zh: '上市企业数量', en: 'Listed companies', unit: '家', topic: 'listing', base: 40 },
  {
    zh: '持牌金融机构数量',
    en: 'Licensed financial institutions',
    unit: '家',
    topic: 'institutions',
    base: 120,
  },
  {
    zh: '科技金融专营机构',
    en: 'Specialised tech-finance branches',
    unit: '个',
    topic: 'institutions',
    base: 12,
  },
];

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

function numberText(value: number, unit: Unit): string {
  return `${value}${unit}`;
}

interface Draft {
  indicator: Indicator;
  sentences: { text: string; numberText: string; obs: Observation }[];
}

export function makeSyntheticDataset({ indicators, regions, seed }: SyntheticOptions): WholeDataset {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

  const regionList: Region[] = BASE_REGIONS.slice(0, Math.max(1, Math.min(regions, BASE_REGIONS.length)));
  for (let i = regionList.length; i < regions; i++) {
    const parent = pick(regionList);
    regionList.push({ id: `r${i}`, name: { zh: `区域${i}`, en: `Region ${i}` }, parent: parent.id });
  }

  const docCount = Math.max(2, Math.ceil(indicators / 40));
  const docMeta = Array.from({ length: docCount }, (_, i) => ({
    id: `doc${i}`,
    region: pick(regionList).id,
    year: 2021 + (i % 4),
  }));

  const drafts: Draft[][] = docMeta.map(() => []);
  for (let i = 0; i < indicators; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const region = regionList[i % regionList.length]!;
    const docIndex = Math.floor(rand() * docCount);
    const docId = docMeta[docIndex]!.id;
    const indicator: Indicator = {
      id: `ind${String(i).padStart(5, '0')}`,
      name: { zh: `${region.name.zh}${kind.zh}${i}`, en: `${kind.en} ${i} (${region.name.en})` },
      region: region.id,
      topic: kind.topic,
      unit: kind.unit,
      measure: kind.unit === '亿元' && kind.zh.includes('累计') ? 'cumulative' : 'stock',
      direction: 'increase',
      observations: [],
    };
    const digits = kind.unit === '亿元' ? 1 : 0;
    const baseYear = 2020 + Math.floor(rand() * 3);
    const base = round(kind.base * (0.5 + rand()), digits);
    const shape = rand();
    const sentences: Draft['sentences'] = [];
    const add = (
      role: Observation['role'],
      period: string,
      value: number,
      qualifier: Observation['qualifier'],
    ) => {
      const nt = numberText(value, kind.unit) + (qualifier === '>=' ? '以上' : '');
      const verb =
        role === 'target' ? `到${period}年，${kind.zh}力争达到` : `截至${period}年末，${kind.zh}为`;
      const text = `${verb}${nt}`;
      const obs: Observation = {
        role,
        period,
        value,
        qualifier,
        basis: 'level',
        source: { document: docId, quote: text, offset: 0 },
      };
      sentences.push({ text, numberText: nt, obs });
    };
    // A spread of shapes: most indicators have baseline, actuals and a target; some lack one part.
    if (shape > 0.08) add('actual', String(baseYear), base, '=');
    const years = 2024 - baseYear;
    const growth = -0.05 + rand() * 0.3;
    if (shape > 0.15) {
      for (let y = 1; y <= years; y++)
        add('actual', String(baseYear + y), round(base * (1 + growth) ** y, digits), '=');
    }
    if (shape < 0.9) {
      const due = rand() < 0.6 ? 2025 : 2027;
      const target = round(base * (1 + 0.05 + rand() * 0.2) ** (due - baseYear), digits);
      add('target', String(due), Math.max(target, digits ? 0.1 : 1), '>=');
    }
    drafts[docIndex]!.push({ indicator, sentences });
  }

  const documents: WholeDocument[] = [];
  const mentions: DatasetMention[] = [];
  const allIndicators: Indicator[] = [];
  docMeta.forEach((meta, d) => {
    let text = `关于印发科技金融发展工作方案（${meta.year}—2027年）的通知\n\n各有关单位：\n`;
    for (const draft of drafts[d]!) {
      for (const s of draft.sentences) {
        text += '　　';
        const offset = text.length;
        text += `${s.text}。\n`;
        const source = { document: meta.id, quote: s.text, offset };
        draft.indicator.observations.push({ ...s.obs, source });
        mentions.push({
          document: meta.id,
          offset: offset + s.text.indexOf(s.numberText),
          text: s.numberText,
          value: s.obs.value,
          unit: draft.indicator.unit,
          qualifier: s.obs.qualifier,
          class: 'figure',
          period: s.obs.period,
          status: 'used',
        });
      }
      allIndicators.push(draft.indicator);
    }
    const phoneLine = '联系电话：63151723';
    text += `\n${phoneLine}\n`;
    mentions.push({
      document: meta.id,
      offset: text.length - phoneLine.length - 1 + 5,
      text: '63151723',
      value: 63151723,
      unit: null,
      qualifier: '=',
      class: 'phone',
      status: 'ignored',
      reason: '电话号码',
    });
    documents.push({
      id: meta.id,
      file: `seeds/synthetic-${d}.txt`,
      title: `科技金融发展工作方案（${meta.year}—2027年）第${d + 1}号`,
      issuer: `${regionList.find((r) => r.id === meta.region)?.name.zh ?? ''}金融管理局`,
      published: `${meta.year}-0${1 + (d % 9)}-15`,
      region: meta.region,
      kind: 'plan',
      text,
    });
  });
  allIndicators.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    schemaVersion: SCHEMA_VERSION,
    documents,
    regions: regionList,
    topics: TOPICS,
    indicators: allIndicators,
    mentions,
  };
}
