// The living plan's benchmarks: the difference between two 10,000-card plans, and importing 10,000 measurement rows.
// Targets (docs/performance.md), as ratios to a peer measured in the same run, alternated run by run:
// planDiff of two 10k plans ≤ 1.3 × (JSON.parse + zod of one of them), about 100 ms here;
// reading and planning 10,000 rows (CSV or workbook) ≤ 25 × the same peer, about 2 s here.
import { DocumentSchema, planDiff, serializeDocument } from '@veranderlogica/core';
import { planMeasurementImport, readCsvTable, readMeasurementWorkbook } from '@veranderlogica/core/measurements';
import writeXlsxFile from 'write-excel-file/universal';
import { syntheticDocument } from '@veranderlogica/core/testing';
import { median, report, round } from '../../../scripts/bench-kit.js';

const before = syntheticDocument(10_000);
const text = serializeDocument(before);
// A year of work: 100 cards retitled, 50 removed (with their connections), 50 indicators measured, every card moved.
const removed = new Set(before.nodes.filter((_, i) => i % 200 === 7).map((node) => node.id));
const after = {
  ...before,
  nodes: before.nodes
    .filter((node) => !removed.has(node.id))
    .map((node, i) =>
      i % 100 === 3
        ? { ...node, title: `${node.title} (herzien)` }
        : node.kind === 'indicator' && i % 7 === 0
          ? { ...node, measurements: [{ value: i, date: '2026-12-31' }] }
          : node,
    ),
  edges: before.edges.filter((edge) => !removed.has(edge.source) && !removed.has(edge.target)),
  layout: {
    direction: 'BT',
    positions: Object.fromEntries(before.nodes.map((node, i) => [node.id, { x: i * 3, y: (i % 40) * 10 }])),
  },
};

// 10,000 rows over the plan's indicators, Dutch style: decimal commas and dd-mm-jjjj dates.
const indicators = before.nodes.filter((node) => node.kind === 'indicator');
const lines = ['Id;Datum;Waarde;Bron'];
for (let i = 0; i < 10_000; i++) {
  const indicator = indicators[i % indicators.length];
  const year = 2000 + Math.floor(i / indicators.length);
  lines.push(`${indicator.id};31-12-${year};${i % 1000},5;Monitor`);
}
const csv = lines.join('\n');
// The same rows as a workbook, the way a partner sends it back: dates as dates, values as typed text.
const rows = lines.map((line, i) => {
  const [id, date, value, source] = line.split(';');
  if (i === 0) return [id, date, value, source].map((heading) => ({ value: heading }));
  const [d, m, y] = date.split('-').map(Number);
  return [{ value: id }, { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: 'dd-mm-yyyy' }, { value }, { value: source }];
});
const xlsx = await (await writeXlsxFile([{ sheet: 'Metingen', data: rows }]).toBlob()).arrayBuffer();

const pairs = { floor: [], diff: [], imported: [], workbook: [] };
let sink = 0;
for (let i = 0; i < 25; i++) {
  let start = performance.now();
  sink += DocumentSchema.safeParse(JSON.parse(text)).success ? 1 : 0;
  const floor = performance.now() - start;
  start = performance.now();
  sink += planDiff(before, after).cards.retitled.length;
  const diff = performance.now() - start;
  start = performance.now();
  sink += planMeasurementImport(before, await readCsvTable(csv)).added.length;
  const imported = performance.now() - start;
  start = performance.now();
  sink += i % 5 === 0 ? planMeasurementImport(before, (await readMeasurementWorkbook(xlsx)).table).added.length : 0;
  const workbook = performance.now() - start;
  if (i % 5 === 0) pairs.workbook.push(workbook);
  if (i >= 3) {
    pairs.floor.push(floor);
    pairs.diff.push(diff);
    pairs.imported.push(imported);
  }
}
const base = { suite: 'living', nodes: before.nodes.length, edges: before.edges.length, sink: sink > 0 };
report({ ...base, case: 'JSON.parse + zod (peer)', median_ms: round(median(pairs.floor)) });
report({
  ...base,
  case: 'planDiff of two 10k plans',
  median_ms: round(median(pairs.diff)),
  ratio: round(median(pairs.diff) / median(pairs.floor), 2),
});
report({
  ...base,
  case: 'import 10,000 workbook rows (read-excel-file + plan)',
  rows: 10_000,
  median_ms: round(median(pairs.workbook)),
  ratio: round(median(pairs.workbook) / median(pairs.floor), 2),
});
report({
  ...base,
  case: 'import 10,000 CSV rows (read + plan)',
  rows: 10_000,
  median_ms: round(median(pairs.imported)),
  ratio: round(median(pairs.imported) / median(pairs.floor), 2),
});
