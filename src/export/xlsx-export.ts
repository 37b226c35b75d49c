// The Excel workbook of the current filter: a sheet of indicators (one row per observation) and one of the
// source documents, from the same tables as the CSV (table-rows.ts). Written with write-excel-file (fflate
// inside, which the ZIP export uses too), loaded only when the XLSX button is clicked. Values are typed
// number cells; periods, dates and codes are typed text cells, so Excel never turns 2021-M12 or 2022-07-04
// into a date; the header row is frozen and every column has a width.
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import { indicatorTable, sourcesTable, type Table, type TableInput } from './table-rows';

// The universal build's file content (for images, which these sheets have none of) is a Blob.
function sheet(table: Table): Sheet<Blob> {
  const header: Cell[] = table.columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' }));
  const body = table.rows.map((row) =>
    row.map((value, i): Cell => {
      if (typeof value === 'number') return { value, type: Number };
      // An empty text cell is left out rather than written as an empty string.
      if (value === '') return null;
      return { value, type: String, ...(table.columns[i]?.text ? { format: '@' } : {}) };
    }),
  );
  return {
    sheet: table.name,
    data: [header, ...body],
    columns: table.columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  };
}

/** The workbook's bytes. */
export async function indicatorsXlsx(input: TableInput): Promise<Uint8Array> {
  const blob = await writeXlsxFile([sheet(indicatorTable(input)), sheet(sourcesTable(input))]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
