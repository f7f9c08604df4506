import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../templates/index.js';
import { measurementPlanWorkbook } from '../export/measurement-plan-xlsx.js';
import { readCsvTable, readMeasurementWorkbook, UnreadableFileError, WORKBOOK_LIMITS } from './read.js';

/** A workbook as small as a file can be: a sheet with the given XML inside its <sheetData>, and what else is given. */
function workbook(sheetData: string, extra: Record<string, Uint8Array> = {}): ArrayBuffer {
  const zipped = zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0"?><workbook><sheets><sheet name="Metingen" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet><sheetData>${sheetData}</sheetData></worksheet>`),
    ...extra,
  });
  return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength);
}

async function refusal(input: ArrayBuffer | string): Promise<UnreadableFileError> {
  const read = typeof input === 'string' ? readCsvTable(input) : readMeasurementWorkbook(input);
  const error = await read.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  return error as UnreadableFileError;
}

describe('reading measurements is bounded before anything is read whole', () => {
  it('refuses a 2 kB workbook with one cell at XFD1048576, naming the sheet and the column', async () => {
    const file = workbook('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>');
    expect(file.byteLength).toBeLessThan(2_000);
    const error = await refusal(file);
    expect(error.localized.nl).toBe(
      'Werkblad sheet1 heeft een cel in kolom 16.384; een meetblad heeft hoogstens 200 kolommen. Haal de verre cellen weg of kopieer de metingen naar een nieuw blad.',
    );
  });

  it('refuses a sheet past the rows one import reads', async () => {
    const error = await refusal(workbook(`<row r="${WORKBOOK_LIMITS.rows + 50}"><c r="A${WORKBOOK_LIMITS.rows + 50}"><v>1</v></c></row>`));
    expect(error.localized.nl).toContain('rijen; één import leest er hoogstens 100.000');
  });

  it('refuses a zip bomb (100 MB of nothing in 100 kB) and a shared-text bomb, from their declared sizes', async () => {
    const bomb = await refusal(workbook('', { 'xl/sharedStrings.xml': new Uint8Array(100 * 1024 * 1024) }));
    expect(bomb.localized.nl).toContain('zip-bom');
    const texts = `<sst>${'<si><t>a</t></si>'.repeat(1_200_000)}</sst>`;
    expect((await refusal(workbook('', { 'xl/sharedStrings.xml': strToU8(texts) }))).localized.en).toContain('zip bomb');
  });

  it('still reads the workbook the measurement plan exports', async () => {
    const plan = getTemplate('voorbeeldregio')!.create();
    const { table } = await readMeasurementWorkbook(await (await measurementPlanWorkbook(plan)).arrayBuffer());
    expect(table.length).toBeGreaterThan(1);
  });

  it('refuses a CSV whose quote is never closed, naming the row, and one past the rows an import reads', async () => {
    const error = await refusal('Id;Datum;Waarde\nind-1;2025;"12\nind-2;2026;13\n');
    expect(error.localized.nl).toContain('Rij 2 van het csv-bestand opent een veld met een aanhalingsteken');
    const many = `Id;Datum;Waarde\n${'ind-1;2025;1\n'.repeat(WORKBOOK_LIMITS.rows + 1)}`;
    expect((await refusal(many)).localized.en).toContain('rows; one import reads at most 100,000');
    expect(await readCsvTable('Id;Datum;Waarde\nind-1;2025;"12,5"\n')).toEqual([
      ['Id', 'Datum', 'Waarde'],
      ['ind-1', '2025', '12,5'],
    ]);
  });
});
