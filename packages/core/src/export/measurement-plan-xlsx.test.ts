import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { measurementPlan } from '../analysis/measurement-plan.js';
import { getTemplate } from '../templates/index.js';
import { expectedPeriods } from '../measurements/periods.js';
import { MEASUREMENT_PLAN_COLUMNS } from './measurement-plan-csv.js';
import { measurementPlanWorkbook } from './measurement-plan-xlsx.js';

const example = getTemplate('voorbeeldregio')!.create();

async function open(blob: Blob): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  return workbook;
}

const cells = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

describe('measurementPlanWorkbook', () => {
  it('opens in another library with the indicators, measurements and partners', async () => {
    const workbook = await open(await measurementPlanWorkbook(example));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Meetplan', 'Metingen', 'Voortgang', 'Partners']);

    const plan = measurementPlan(example);
    const indicators = workbook.getWorksheet('Meetplan')!;
    expect(cells(indicators.getRow(1))[0]).toBe('Indicator');
    expect(indicators.rowCount).toBe(plan.length + 1);
    const first = plan[0]!;
    const row = cells(indicators.getRow(2));
    expect(row[0]).toBe(first.title);
    const column = (heading: string) => MEASUREMENT_PLAN_COLUMNS.findIndex((c) => c.nl === heading);
    expect(row[column('Id')]).toBe(first.indicator);
    // Numbers stay numbers, so a spreadsheet can calculate with them.
    const withBaseline = plan.findIndex((p) => p.baseline);
    expect(cells(indicators.getRow(withBaseline + 2))[column('Nulmeting')]).toBe(plan[withBaseline]!.baseline!.value);

    const measurements = workbook.getWorksheet('Metingen')!;
    const recorded = example.nodes.reduce((n, node) => n + (node.kind === 'indicator' ? node.measurements.length : 0), 0);
    // Recorded measurements, then one row per period still to measure (or one empty row for an indicator without periods).
    const expected = example.nodes.reduce(
      (n, node) => n + (node.kind === 'indicator' ? Math.max(1, expectedPeriods(node, example).length) : 0),
      0,
    );
    expect(measurements.rowCount).toBe(1 + recorded + expected);
    // Dates are dates (shown as dd-mm-jjjj), so a spreadsheet sorts and checks them.
    const dated = cells(measurements.getRow(2))[2];
    expect(dated).toBeInstanceOf(Date);
    expect(measurements.getRow(2).getCell(3).numFmt).toBe('dd-mm-yyyy');
    // Checks on the sheet: the id from the plan's list, a date, a number; for the filled rows and room below.
    const checks = (measurements as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } })
      .dataValidations.model;
    expect(checks.A2).toMatchObject({ type: 'list', formulae: [`'Meetplan'!$V$2:$V$${plan.length + 1}`] });
    expect(checks[`C${measurements.rowCount + 100}`]).toMatchObject({ type: 'date' });
    expect(checks.D2).toMatchObject({ type: 'decimal' });
    expect(cells(indicators.getRow(1))[21]).toBe('Id');

    const progress = workbook.getWorksheet('Voortgang')!;
    expect(progress.rowCount).toBe(plan.length + 1);
    expect(cells(progress.getRow(1)).slice(0, 2)).toEqual(['Indicator', 'Status']);
    expect(['op koers', 'aandacht nodig', 'achter op koers', 'nog niet gemeten', 'geen streefwaarde']).toContain(
      cells(progress.getRow(2))[1],
    );

    const partners = workbook.getWorksheet('Partners')!;
    expect(partners.rowCount).toBe(example.actors.length + 1);
    expect(cells(partners.getRow(2))[0]).toBe(example.actors[0]!.name);
  });

  it('speaks English for an English document', async () => {
    const workbook = await open(await measurementPlanWorkbook({ ...example, language: 'en' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Measurement plan', 'Measurements', 'Progress', 'Partners']);
  });

  it('makes a valid workbook for an empty document', async () => {
    const blank = getTemplate('blank')!.create();
    const workbook = await open(await measurementPlanWorkbook(blank));
    expect(workbook.getWorksheet('Meetplan')!.rowCount).toBe(1);
  });
});

describe('measurementPlanWorkbook with hostile text', () => {
  it('types every text cell as text: a title that looks like a formula is shown, never calculated', async () => {
    const { HOSTILE_STRINGS } = await import('../testing/hostile.js');
    const formulas = HOSTILE_STRINGS.filter((text) => /^[=+\-@]/.test(text));
    let index = 0;
    const doc = {
      ...example,
      nodes: example.nodes.map((node) =>
        node.kind === 'indicator' && index < formulas.length ? { ...node, title: formulas[index++]! } : node,
      ),
    };
    const workbook = await open(await measurementPlanWorkbook(doc));
    const sheet = workbook.getWorksheet('Meetplan')!;
    const titles: unknown[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const cell = row.getCell(1);
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      titles.push(cell.value);
    });
    for (const formula of formulas) expect(titles).toContain(formula);
  });
});
