// The whole dataset built from data/ and seeds/ against the expected file tests/golden/indicators.json.
// CI never rewrites it: after a deliberate change, a person runs
//   npm run build:data -- --whole --out tests/golden/indicators.json
// and reviews the diff before committing it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/catalogue/build-dataset';
import { formatProblem } from '../../../src/domain/catalogue/problem';
import type { WholeDataset } from '../../../src/domain/dataset-schema';
import { readBuildInput } from '../../../scripts/lib/build-input';

const result = buildDataset(await readBuildInput('data', 'seeds'));
if (!result.ok) throw new Error(result.error.map(formatProblem).join('\n'));
const { dataset, unreviewed } = result.value;
const golden = JSON.parse(readFileSync('tests/golden/indicators.json', 'utf8')) as WholeDataset;

describe('the dataset built from the five seeds', () => {
  it('leaves no figure unreviewed', () => {
    expect(unreviewed.map(formatProblem)).toEqual([]);
  });

  it('matches the golden documents, regions and topics', () => {
    expect(dataset.documents.map(({ text, ...d }) => ({ ...d, length: text.length }))).toEqual(
      golden.documents.map(({ text, ...d }) => ({ ...d, length: text.length })),
    );
    expect(dataset.regions).toEqual(golden.regions);
    expect(dataset.topics).toEqual(golden.topics);
  });

  it('matches the golden indicators, one by one', () => {
    expect(dataset.indicators.map((i) => i.id)).toEqual(golden.indicators.map((i) => i.id));
    for (const [i, indicator] of dataset.indicators.entries())
      expect(indicator).toEqual(golden.indicators[i]);
  });

  it('matches the golden mentions', () => {
    expect(dataset.mentions).toEqual(golden.mentions);
  });

  it('is byte-identical to the golden file', () => {
    expect(JSON.stringify(dataset) + '\n').toBe(readFileSync('tests/golden/indicators.json', 'utf8'));
  });

  it('proves every observation against its source: the quote sits at its offset in the document text', () => {
    const text = new Map(dataset.documents.map((d) => [d.id, d.text]));
    for (const o of dataset.indicators.flatMap((i) => i.observations)) {
      expect(
        text.get(o.source.document)?.slice(o.source.offset, o.source.offset + o.source.quote.length),
      ).toBe(o.source.quote);
    }
  });

  it('holds the figures an analyst checks first', () => {
    const obs = (id: string) =>
      dataset.indicators
        .find((i) => i.id === id)
        ?.observations.map((o) => [o.role, o.period, o.qualifier, o.value, o.basis]);
    expect(obs('cq-tech-loan-balance')).toEqual(
      expect.arrayContaining([
        ['actual', '2017', '=', 800, 'level'],
        ['actual', '2024-06', '=', 6950, 'level'],
      ]),
    );
    expect(obs('gx-finance-value-added')).toEqual(
      expect.arrayContaining([
        ['actual', '2021', '=', 54.6, 'level'],
        ['target', '2025', '>=', 8, 'cagr'],
      ]),
    );
    expect(obs('cq-listed-mfg-firms')).toEqual(
      expect.arrayContaining([['target', '2027', '>=', 100, 'level']]),
    );
  });
});
