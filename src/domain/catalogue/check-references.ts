// A step of buildDataset: the tables agree with each other. Ids are unique, every reference names a row of
// the table it points into, regions form a tree, and every indicator has an observation. A reference to a row
// that is itself wrong (or into a table that could not be read) counts as resolved: that row's own problem
// says what to fix.
import { problemList, type AddProblem, type Problem } from './problem';
import { detail } from './problem-codes';
import type { Catalogue, Row, TableName, Written } from './read-tables';

export function checkReferences(
  catalogue: Catalogue,
  files: Record<TableName, string>,
  written: Written,
): Problem[] {
  const { problems, add } = problemList();
  const { regions, topics, documents, indicators, observations, ignored } = catalogue;
  uniqueIds(regions, files.regions, add);
  uniqueIds(topics, files.topics, add);
  uniqueIds(documents, files.documents, add);
  uniqueIds(indicators, files.indicators, add);

  const isRegion = (id: string) => written.has('regions', 'id', id);
  const isDocument = (id: string) => written.has('documents', 'id', id);
  type Kind = 'region' | 'topic' | 'indicator' | 'document';
  const unknown = (at: string, line: number, kind: Kind, id: string, table: string) =>
    add(
      at,
      line,
      `${kind} "${id}" is not in ${table}: check the spelling, or add a row for it there`,
      detail('unknown-reference', { kind, id, table }),
    );

  // Regions: parents resolve and form no cycle.
  const parentOf = new Map(regions.map(({ row }) => [row.id, row.parent]));
  for (const { line, row } of regions) {
    if (row.parent && !isRegion(row.parent))
      add(
        files.regions,
        line,
        `parent "${row.parent}" is not a region id: use an id from the id column`,
        detail('parent-not-region', { parent: row.parent }),
      );
    const seen = new Set([row.id]);
    for (let p = row.parent; p; p = parentOf.get(p)) {
      if (seen.has(p)) {
        add(
          files.regions,
          line,
          `region "${row.id}" is its own ancestor (parent cycle through "${p}")`,
          detail('region-cycle', { region: row.id, through: p }),
        );
        break;
      }
      seen.add(p);
    }
  }
  for (const { line, row } of indicators) {
    if (!isRegion(row.region)) unknown(files.indicators, line, 'region', row.region, files.regions);
    if (!written.has('topics', 'id', row.topic))
      unknown(files.indicators, line, 'topic', row.topic, files.topics);
  }
  for (const { line, row } of documents) {
    if (!isRegion(row.region)) unknown(files.documents, line, 'region', row.region, files.regions);
  }
  for (const { line, row } of observations) {
    if (!written.has('indicators', 'id', row.indicator))
      unknown(files.observations, line, 'indicator', row.indicator, files.indicators);
    if (!isDocument(row.document))
      unknown(files.observations, line, 'document', row.document, files.documents);
  }
  for (const { line, row } of ignored) {
    if (!isDocument(row.document)) unknown(files.ignored, line, 'document', row.document, files.documents);
  }
  // An observation row whose quote fails still names its indicator: its own problem says what to fix.
  for (const { line, row } of indicators) {
    if (!written.has('observations', 'indicator', row.id))
      add(
        files.indicators,
        line,
        `indicator "${row.id}" has no observation in ${files.observations}: add one, or remove the indicator`,
        detail('indicator-unused', { indicator: row.id, table: files.observations }),
      );
  }
  return problems;
}

function uniqueIds(list: Row<{ id: string }>[], file: string, add: AddProblem): void {
  const first = new Map<string, number>();
  for (const { line, row } of list) {
    const prev = first.get(row.id);
    if (prev !== undefined)
      add(
        file,
        line,
        `duplicate id "${row.id}" (first on line ${prev}): give each row its own id`,
        detail('duplicate-id', { id: row.id, first: prev }),
      );
    else first.set(row.id, line);
  }
}
