import { describe, expect, it } from 'vitest';
import { strategyPlan } from '../testing/plans.js';
import { parseDocument } from '../format/parse.js';
import { EXPORT_FORMATS, exportFileName, exportFormatsFor, getExportFormat } from './registry.js';

describe('the export registry', () => {
  it('has one entry per id and per file name (extension and suffix), each with a media type and labels in both languages', () => {
    expect(new Set(EXPORT_FORMATS.map((format) => format.id)).size).toBe(EXPORT_FORMATS.length);
    expect(new Set(EXPORT_FORMATS.map((format) => exportFileName('plan', format, 'nl'))).size).toBe(EXPORT_FORMATS.length);
    for (const format of EXPORT_FORMATS) {
      expect(format.mediaType).toMatch(/^[a-z]+\/[\w.+-]+$/);
      expect(format.label.nl && format.label.en).toBeTruthy();
    }
  });

  it('offers only what a context can make: no pictures without a layout, no PNG without a canvas', () => {
    const none = exportFormatsFor({}).map((format) => format.id);
    expect(none).toEqual(['reactienota', 'md', 'xlsx', 'csv', 'mermaid', 'dot', 'json']);
    const pictures = () => Promise.resolve({ overview: '<svg/>', pages: [] });
    const drawn = { picture: () => Promise.resolve('<svg/>'), reportPictures: pictures, slidePictures: pictures };
    expect(exportFormatsFor(drawn).map((format) => format.id)).toContain('pptx');
    expect(exportFormatsFor(drawn).map((format) => format.id)).not.toContain('png');
    expect(exportFormatsFor(drawn).map((format) => format.id)).not.toContain('pdf');
    expect(exportFormatsFor({ ...drawn, rasterise: () => Promise.resolve(new Blob()) }).map((format) => format.id)).toContain('png');
  });

  it('runs every format on a plan nobody tuned it for', async () => {
    const plan = strategyPlan(4);
    const context = {
      language: 'en' as const,
      picture: () => Promise.resolve('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      reportPictures: () => Promise.resolve({ overview: '<svg xmlns="http://www.w3.org/2000/svg"/>', pages: [] }),
      slidePictures: () => Promise.resolve({ overview: '<svg xmlns="http://www.w3.org/2000/svg"/>', pages: [] }),
      rasterise: () => Promise.resolve(new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' })),
      // The PDF is the HTML report, printed.
      print: (html: string) => Promise.resolve(new TextEncoder().encode(`%PDF-${html.length}`)),
    };
    for (const format of EXPORT_FORMATS) {
      const content = await format.run(plan, context);
      expect(typeof content === 'string').toBe(format.text);
    }
    expect(await getExportFormat('html')!.run(plan, context)).toContain('<html lang="en">');
    const json = (await getExportFormat('json')!.run(plan, context)) as string;
    expect(parseDocument(json).ok).toBe(true);
    await expect(getExportFormat('svg')!.run(plan, {})).rejects.toThrow('needs a picture');
    const html = (await getExportFormat('html')!.run(plan, context)) as string;
    expect(new TextDecoder().decode((await getExportFormat('pdf')!.run(plan, context)) as Uint8Array)).toBe(`%PDF-${html.length}`);
  });

  it('names files after the title, with the suffix in the language asked for', () => {
    expect(exportFileName('Aanpak Zuid-Oost', getExportFormat('csv')!, 'nl')).toBe('aanpak-zuid-oost-meetplan.csv');
    expect(exportFileName('Aanpak Zuid-Oost', getExportFormat('csv')!, 'en')).toBe('aanpak-zuid-oost-measurement-plan.csv');
    expect(exportFileName('Één / twee: "drie"', getExportFormat('svg')!, 'nl')).toBe('een-twee-drie.svg');
    expect(exportFileName('', getExportFormat('json')!, 'nl')).toBe('veranderlogica.json');
    // A long title is cut between words and keeps the suffix.
    const long = exportFileName(
      'Regionale aanpak seksueel geweld — voorbeeldregio, uitgewerkt voorbeeld voor de gemeenteraad',
      getExportFormat('csv')!,
      'nl',
    );
    expect(long).toBe('regionale-aanpak-seksueel-geweld-voorbeeldregio-uitgewerkt-voorbeeld-meetplan.csv');
    expect(long.length).toBeLessThanOrEqual(84);
    expect(exportFileName('x'.repeat(200), getExportFormat('svg')!, 'nl')).toBe(`${'x'.repeat(80)}.svg`);
  });
});
