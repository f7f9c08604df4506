import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { History } from '../edit/history.js';
import { measurementPlanWorkbook } from '../export/measurement-plan-xlsx.js';
import type { Document, IndicatorNode } from '../model/schema.js';
import { getTemplate } from '../templates/index.js';
import { guessMeasurementColumns, planMeasurementImport } from './import.js';
import { expectedPeriods } from './periods.js';
import { readCsvTable, readMeasurementWorkbook, UnreadableFileError } from './read.js';
import { readDate, readNumber, readYesNo } from './values.js';

const example = getTemplate('voorbeeldregio')!.create();
const indicators = (document: Document) => document.nodes.filter((node): node is IndicatorNode => node.kind === 'indicator');

describe('readNumber', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['-3,25', -3.25],
    ['−3,25', -3.25],
    ['45 %', 45],
    ['€ 1.200,00', 1200],
    ['0,123', 0.123],
    [' 7 ', 7],
    [7.5, 7.5],
  ])('reads %j as %d', (input, value) => {
    expect(readNumber(input)).toEqual({ ok: true, value });
  });

  it.each([['1.234'], ['1,234'], ['12.500']])('refuses %j as ambiguous instead of guessing', (input) => {
    expect(readNumber(input)).toEqual({ ok: false, problem: 'ambiguous-number' });
  });

  it.each([['twaalf'], [''], ['1,2,3'], ['1.2.3'], ['12,5,0'], [Number.NaN], [Infinity], [null], ['1e400']])('refuses %j', (input) => {
    expect(readNumber(input).ok).toBe(false);
  });

  it('reads back any number written the Dutch or English way with at most two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.constantFrom('nl-NL', 'en-GB'), (cents, locale) => {
        const value = cents / 100;
        const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
        expect(readNumber(text)).toEqual({ ok: true, value });
      }),
    );
  });
});

describe('readDate', () => {
  it.each([
    ['31-12-2025', '2025-12-31'],
    ['1-3-2025', '2025-03-01'],
    ['01/03/2025', '2025-03-01'],
    ['1.3.2025', '2025-03-01'],
    ['2025-03-01', '2025-03-01'],
    ['2025', '2025-12-31'],
    [2025, '2025-12-31'],
    ['2025-K1', '2025-03-31'],
    ['2025 Q2', '2025-06-30'],
    ['K4 2024', '2024-12-31'],
    ['2024-H1', '2024-06-30'],
    ['2024-02', '2024-02-29'],
    ['02-2023', '2023-02-28'],
    [new Date(Date.UTC(2026, 0, 15)), '2026-01-15'],
    [45_658, '2025-01-01'],
  ])('reads %j as %s', (input, value) => {
    expect(readDate(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['31-02-2025', 'no-such-day'],
    ['2025-13-01', 'no-such-day'],
    ['1850', 'no-such-day'],
    ['gisteren', 'not-a-date'],
    ['12-31-2025', 'no-such-day'],
    // A time the clock does not have: the date is not trusted either (it overwrote a measurement once).
    ['2025-06-30T25:61:00', 'no-such-day'],
    ['2025-06-30T23:60', 'no-such-day'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(readDate(input)).toEqual({ ok: false, problem });
  });

  it('reads every real day written as dd-mm-jjjj back to the same ISO date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          expect(readDate(`${d}-${m}-${y}`)).toEqual({ ok: true, value: iso });
        },
      ),
    );
  });

  it('reads yes and no in both languages', () => {
    expect(['ja', 'Nee', 'yes', 'no', true, 0].map((v) => readYesNo(v))).toEqual([1, 0, 1, 0, 1, 0].map((value) => ({ ok: true, value })));
    expect(readYesNo('misschien').ok).toBe(false);
  });
});

describe('expectedPeriods', () => {
  const base = { baseline: { value: 1, date: '2024-12-31' }, targets: [{ value: 5, date: '2027-12-31' }], measurements: [] };
  const scope = { scope: { level: 'municipality' as const, name: '' } };
  it('lists the end of each period after the baseline up to the last target, by frequency', () => {
    expect(expectedPeriods({ ...base, frequency: 'yearly' }, scope)).toEqual(['2025-12-31', '2026-12-31', '2027-12-31']);
    expect(expectedPeriods({ ...base, frequency: 'biennial' }, scope)).toEqual(['2026-12-31']);
    expect(expectedPeriods({ ...base, frequency: 'quarterly' }, scope)).toHaveLength(12);
    expect(expectedPeriods({ ...base, frequency: 'once' }, scope)).toEqual(['2027-12-31']);
  });
  it('leaves out what is measured and falls back on the plan period', () => {
    expect(expectedPeriods({ ...base, frequency: 'yearly', measurements: [{ value: 2, date: '2025-12-31' }] }, scope)).toEqual([
      '2026-12-31',
      '2027-12-31',
    ]);
    expect(
      expectedPeriods(
        { frequency: 'yearly', baseline: undefined, targets: [], measurements: [] },
        { scope: { level: 'region', name: '', period: { start: 2025, end: 2026 } } },
      ),
    ).toEqual(['2025-12-31', '2026-12-31']);
  });
});

/** Fills in the exported workbook the way a partner would, in another library (exceljs), with Dutch formats. */
async function fillIn(document: Document, fill: (sheet: ExcelJS.Worksheet) => void): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await (await measurementPlanWorkbook(document)).arrayBuffer());
  fill(workbook.getWorksheet('Metingen')!);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer).buffer;
}

describe('the workbook round-trip', () => {
  it('reads back a workbook filled in with another library: Dutch numbers and dates, one wrong cell, one unknown indicator', async () => {
    const target = indicators(example).find((node) => node.measurements.length === 0 && node.valueType !== 'yes-no')!;
    const other = indicators(example).find((node) => node.measurements.length > 0)!;
    const file = await fillIn(example, (sheet) => {
      let first = 0;
      sheet.eachRow((row, number) => {
        if (number > 1 && row.getCell(1).value === target.id && !row.getCell(4).value && !first) first = number;
      });
      sheet.getRow(first).getCell(4).value = '12,5';
      sheet.getRow(first).getCell(6).value = 'GGD Monitor';
      sheet.addRow([target.id, target.title, '31-12-2030', 'twaalf']);
      sheet.addRow(['ind-bestaat-niet', 'Verzonnen', '31-12-2026', 3]);
      // A partner corrects a figure that was already there.
      sheet.eachRow((row, number) => {
        if (number > 1 && row.getCell(1).value === other.id && row.getCell(4).value === other.measurements[0]!.value) {
          row.getCell(4).value = other.measurements[0]!.value + 1;
          row.getCell(7).value = 'herzien';
        }
      });
    });
    const { sheet, table } = await readMeasurementWorkbook(file);
    expect(sheet).toBe('Metingen');
    const result = planMeasurementImport(example, table);
    expect(result.added).toHaveLength(1);
    expect(result.added[0]).toMatchObject({ indicator: target.id, measurement: { value: 12.5, source: 'GGD Monitor' } });
    expect(result.changed).toHaveLength(1);
    expect(result.changed[0]).toMatchObject({
      indicator: other.id,
      measurement: { value: other.measurements[0]!.value + 1, note: 'herzien' },
    });
    expect(result.problems.map((p) => [p.column, p.code])).toEqual([
      ['Waarde', 'not-a-number'],
      ['Id', 'unknown-indicator'],
    ]);
    const rows = table.length;
    expect(result.problems.map((p) => p.row)).toEqual([rows - 1, rows]);
    expect(result.problems[0]!.message.nl).toBe('"twaalf" is geen getal.');
    expect(result.problems[1]!.message.en).toContain('ind-bestaat-niet');
    expect(result.empty).toBeGreaterThan(10);

    const history = new History(example);
    history.apply(result.operation!);
    const after = history.document.nodes.find((node) => node.id === target.id) as IndicatorNode;
    expect(after.measurements.map((m) => m.value)).toEqual([12.5]);
    expect(history.undo()).toBe(true);
    expect(history.document).toEqual(example);
  });

  it('changes nothing when imported twice', async () => {
    const target = indicators(example).find((node) => node.measurements.length === 0)!;
    const file = await fillIn(example, (sheet) => void sheet.addRow([target.id, '', '2026', '7']));
    const { table } = await readMeasurementWorkbook(file);
    const once = planMeasurementImport(example, table);
    const history = new History(example);
    history.apply(once.operation!);
    const twice = planMeasurementImport(history.document, table);
    expect(twice.added).toEqual([]);
    expect(twice.changed).toEqual([]);
    expect(twice.operation).toBeUndefined();
  });

  it('reads every corpus plan, with measurements added, back without a change or a problem', async () => {
    const { corpusPlans } = await import('../testing/corpus.js');
    for (const { name, document } of corpusPlans()) {
      let k = 0;
      const plan = {
        ...document,
        nodes: document.nodes.map((node) =>
          node.kind === 'indicator'
            ? {
                ...node,
                measurements: [
                  { value: (k++ % 7) * 1.25, date: '2024-12-31', source: 'Monitor; "jeugd"' },
                  { value: k % 2 === 0 ? 0 : 1234.5, date: '2025-06-30', note: 'eerste helft' },
                ],
              }
            : node,
        ),
      };
      const { table } = await readMeasurementWorkbook(await (await measurementPlanWorkbook(plan)).arrayBuffer());
      const result = planMeasurementImport(plan, table);
      expect({ name, added: result.added, changed: result.changed, problems: result.problems, unchanged: result.unchanged }).toEqual({
        name,
        added: [],
        changed: [],
        problems: [],
        unchanged: 2 * k,
      });
    }
  });
});

describe('files that are not measurements', () => {
  it('says in both languages that a file is no workbook, and refuses one that is too large, without reading it', async () => {
    for (const bytes of [new TextEncoder().encode('Id;Datum;Waarde').buffer, new ArrayBuffer(0)]) {
      const error = await readMeasurementWorkbook(bytes).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(UnreadableFileError);
      expect((error as UnreadableFileError).localized.nl).toContain('geen Excel-werkboek');
    }
    const huge = new Blob([new Uint8Array(21 * 1024 * 1024)]);
    expect(((await readMeasurementWorkbook(huge).catch((e: unknown) => e)) as UnreadableFileError).localized.en).toContain('20 MB');
  });
});

describe('CSV import', () => {
  it('reads a semicolon file with its own headings through a column mapping, names by indicator title', async () => {
    const target = indicators(example).find((node) => node.measurements.length === 0)!;
    const csv = `\uFEFFnaam;peiljaar;score;herkomst\n"${target.title}";2026;"1.234,5";CBS\n"${target.title}";2027;;\n`;
    const table = await readCsvTable(csv);
    expect(guessMeasurementColumns(table[0]!)).toEqual({ date: 'peiljaar' });
    const missing = planMeasurementImport(example, table);
    expect(missing.problems.map((p) => p.code)).toEqual(['missing-column', 'missing-column']);
    const result = planMeasurementImport(example, table, {
      columns: { indicator: 'naam', date: 'peiljaar', value: 'score', source: 'herkomst' },
    });
    expect(result.problems).toEqual([]);
    expect(result.empty).toBe(1);
    expect(result.added.map((a) => a.measurement)).toEqual([{ value: 1234.5, date: '2026-12-31', source: 'CBS' }]);
  });

  it('refuses a second row for the same indicator and date, naming the first', async () => {
    const target = indicators(example)[0]!;
    const table = await readCsvTable(`Id,Datum,Waarde\n${target.id},2026,1\n${target.id},31-12-2026,2\n`);
    const result = planMeasurementImport(example, table);
    expect(result.problems).toMatchObject([{ row: 3, column: 'Datum', code: 'duplicate' }]);
    expect(result.problems[0]!.message.nl).toContain('regel 2');
  });
});
