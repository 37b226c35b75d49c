// A step of buildDataset: each observation's own facts. Its periods are real and in order, its date agrees
// with the document that states it, and no other row says the same thing.
import { parseIsoDate, parsePeriod, periodEnd, periodStart } from '../period';
import { problemList, type AddProblem, type Problem } from './problem';
import { detail } from './problem-codes';
import type { SeedDocument } from './read-documents';
import type { Row } from './read-tables';
import type { DocumentRow, IndicatorRow, ObservationRow } from './rows';

/**
 * `docs` are the documents that could be read and `indicators` the valid indicator rows, by id: an
 * observation whose document or indicator is missing gets only its period checks (what is wrong with the
 * missing one is reported already). `file` is the display path of the observations table.
 */
export function checkObservations(
  observations: readonly Row<ObservationRow>[],
  docs: ReadonlyMap<string, Pick<SeedDocument, 'row'>>,
  indicators: ReadonlyMap<string, IndicatorRow>,
  file: string,
): Problem[] {
  const { problems, add } = problemList();
  const seen = new Map<string, number>();
  for (const { line, row } of observations) {
    const at: At = (message, why) => add(file, line, message, why);
    const periodOk = checkPeriod(row.period, 'period', at);
    const sinceOk = row.since === undefined || checkPeriod(row.since, 'since', at);
    if (periodOk && sinceOk && row.since !== undefined && periodStart(row.since) > periodStart(row.period)) {
      at(
        `since ${row.since} is after period ${row.period}`,
        detail('since-after-period', { since: row.since, period: row.period }),
      );
    }
    const doc = docs.get(row.document);
    if (!doc || !indicators.has(row.indicator)) continue;
    if (periodOk) checkDates(row.role, row.period, doc.row, at);
    const key = [row.indicator, row.role, row.period, row.basis, row.document].join('|');
    const dup = seen.get(key);
    if (dup !== undefined)
      at(
        `duplicate observation: same indicator, role, period, basis and document as line ${dup}`,
        detail('duplicate-observation', { first: dup }),
      );
    seen.set(key, line);
  }
  return problems;
}

type At = (message: string, why: Parameters<AddProblem>[3]) => void;

function checkPeriod(period: string, column: string, at: At): boolean {
  const parsed = parsePeriod(period);
  if (!parsed.ok)
    at(
      `${column} "${period}" is not a real period: ${parsed.error}`,
      detail('bad-period', { column, value: period, detail: parsed.error }),
    );
  return parsed.ok;
}

/** A figure observed in a document cannot start after it; a target cannot end before it. */
function checkDates(role: 'actual' | 'target', period: string, doc: DocumentRow, at: At): void {
  const date = parseIsoDate(doc.published);
  if (!date.ok) return;
  const published = date.value;
  if (role === 'actual' && periodStart(period) > published) {
    at(
      `actual dated ${period} is later than its document (published ${doc.published}); is it a target?`,
      detail('actual-after-document', { period, published: doc.published }),
    );
  }
  if (role === 'target' && periodEnd(period) < published) {
    at(
      `target dated ${period} is before its own document (published ${doc.published}): ` +
        'a target falls due after the document that sets it; check the period, or is it an actual?',
      detail('target-before-document', { period, published: doc.published }),
    );
  }
}
