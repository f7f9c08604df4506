/* eslint-disable no-control-regex -- control characters are what these patterns are about */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, parseDocument, serializeDocument, type Document } from '@veranderlogica/core';
import { regionCorpus, ungroupedPlan } from '@veranderlogica/core/testing';
import JSZip from 'jszip';
import { main } from './main.js';

const example = fileURLToPath(new URL('../../../examples/voorbeeldregio.json', import.meta.url));
const bin = fileURLToPath(new URL('../bin/veranderlogica.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'veranderlogica-cli-'));

async function run(...argv: string[]) {
  return runWith({}, ...argv);
}

async function runWith(env: Record<string, string | undefined>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('veranderlogica validate', () => {
  it('exits 0 on the worked example and says there are no errors', async () => {
    const result = await run('validate', example);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✔ .*voorbeeldregio\.json: geen fouten/);
  });

  it('exits 1 when there are errors, listing them in the chosen language', async () => {
    const doc = JSON.parse(readFileSync(example, 'utf8'));
    doc.edges.push({ id: 'kapot', kind: 'leads-to', source: 'doel-herstel', target: 'int-csg' });
    const result = await run('validate', write('errors.json', JSON.stringify(doc)), '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Error (forbidden-connection) [kapot, doel-herstel, int-csg]');
    expect(result.stdout).toMatch(/✖ .*1 error/);
  });

  it('says each mistake in a sentence a Dutch policy officer would write, naming cards by title', async () => {
    const doc = JSON.parse(readFileSync(example, 'utf8'));
    const node = (id: string) => doc.nodes.find((n: { id: string }) => n.id === id);
    doc.edges.push({ ...doc.edges.find((e: { source: string }) => e.source === 'uitk-melden'), id: 'dubbel' }); // duplicate connection
    node('ind-recidive').targets = [{ value: 5, date: '2022-12-31' }]; // before baseline and outside the period
    doc.nodes.push({ id: 'mech-los', kind: 'mechanism', title: 'Erkenning door de buurt' }); // unconnected mechanism
    doc.nodes.push({ id: 'uitk-los', kind: 'outcome', title: 'Ouders praten thuis over grenzen', horizon: 'short', sphere: 'influence' });
    doc.edges.push({ id: 'los-doel', kind: 'leads-to', source: 'uitk-los', target: 'doel-minder-geweld' }); // outcome nothing leads to
    doc.nodes.push({ id: 'aanname-los', kind: 'assumption', title: 'Ouders willen meedoen' }); // underlies nothing
    doc.workshop.votes['int-verdwenen'] = 1; // vote for a card that is gone
    node('uitk-samenwerking').sphere = 'interest'; // accountability upside down
    node('uitk-herkennen').horizon = 'long'; // long term leading to short term
    doc.context.facts[0].source = ''; // fact without source
    doc.nodes.push({ id: 'int-dubbel', kind: 'intervention', title: node('int-csg').title, actors: ['act-csg'] }); // duplicate title
    doc.edges.push({ id: 'dubbel-doel', kind: 'leads-to', source: 'int-dubbel', target: 'mech-drempel' });
    const result = await run('validate', write('mistakes.json', JSON.stringify(doc)), '--lang', 'nl');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const codes = [
      'duplicate-connection',
      'target-date',
      'isolated-mechanism',
      'outcome-without-cause',
      'assumption-underlies-nothing',
      'unknown-vote',
      'accountability-inverted',
      'horizon-reversed',
      'fact-without-source',
      'duplicate-title',
    ];
    for (const code of codes)
      expect(
        lines.some((line) => line.includes(`(${code})`)),
        code,
      ).toBe(true);
    const sentences = lines.slice(0, -1).map((line) => line.slice(line.indexOf(']: ') + 3));
    const text = sentences.join('\n');
    // Cards by title, never by id (except the vote for a card that no longer exists); Dutch words, Dutch dates.
    for (const id of ['uitk-melden', 'ind-recidive', 'mech-los', 'uitk-los', 'aanname-los', 'uitk-samenwerking', 'int-dubbel'])
      expect(text).not.toContain(id);
    expect(text).toContain('"Erkenning door de buurt"');
    expect(text).toContain('31 december 2022');
    expect(text).toContain('(belang)');
    expect(text).not.toMatch(/leads-to|measures|underlies|interest|\(s\)|\(en\)/);
    expect(lines.at(-1)).toMatch(/✔ .*: geen fouten; \d+ waarschuwingen, \d+ tips?$/);
  });

  it('exits 2 with the place of a JSON syntax error', async () => {
    const result = await run('validate', write('syntax.json', '{\n  "format": "veranderlogica",\n  "nodes": [,]\n}'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('regel 3, kolom 13');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with the JSON pointer of a shape error', async () => {
    const doc = JSON.parse(readFileSync(example, 'utf8'));
    doc.nodes[0].level = 'hoog';
    const result = await run('validate', write('shape.json', JSON.stringify(doc, null, 2)));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\/nodes\/0\/level \(regel \d+, kolom \d+\): Ongeldige waarde "hoog"/);
  });

  it('exits 2 with one clear line for a missing file', async () => {
    const result = await run('validate', join(dir, 'bestaat-niet.json'));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('bestand bestaat niet');
  });

  it('prints JSON with --json', async () => {
    const result = await run('validate', example, '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, counts: { error: 0, warning: 0 } });
  });
});

describe('veranderlogica region', () => {
  /** The corpus region in a folder of its own, with a broken file and a plan of another region beside it. */
  function regionFolder(): string {
    const folder = mkdtempSync(join(dir, 'regio-'));
    const { regional, municipalities } = regionCorpus();
    writeFileSync(join(folder, 'regio-rijnmond.json'), serializeDocument(regional));
    for (const plan of municipalities) writeFileSync(join(folder, `${plan.id}.json`), serializeDocument(plan));
    writeFileSync(join(folder, 'kapot.json'), '{"format": "veranderlogica", "nodes": [');
    writeFileSync(join(folder, 'notities.txt'), 'geen plan');
    return folder;
  }

  it('says who carries which regional goal, where the region has gaps and overlaps, how indicators add up, and what does not fit', async () => {
    const result = await run('region', regionFolder());
    expect(result.code).toBe(1); // the link to a card the region does not have is an error
    expect(result.stderr).toContain('kapot.json overgeslagen: ');
    expect(result.stdout).toContain('Regionale aanpak seksueel geweld Rijnmond (regio-rijnmond.json): 6 gemeenten');
    expect(result.stdout).toContain('Doel "Slachtoffers herstellen en worden niet opnieuw slachtoffer": nog geen gemeente');
    expect(result.stdout).toContain('witte vlek bij Maassluis: preventie × Jongeren die risico lopen');
    expect(result.stdout).toContain('mogelijke dubbeling met de regio: preventie × Jongeren (Minder seksueel grensoverschrijdend gedrag)');
    expect(result.stdout).toContain(
      'SG-01 Meldingen bij het CSG (optellen): 166 meldingen (31 december 2025) — op koers; zonder cijfer: Barendrecht',
    );
    expect(result.stdout).toContain('SG-02 Jongeren die zich veilig voelen (gemiddelde naar inwonertal): 70,02 %');
    expect(result.stdout).toContain('✖ Schiedam: "Preventie is structureel geborgd" draagt bij aan uitk-bestaat-niet');
    expect(result.stdout).toContain('▲ Indicator SG-02 is in Rijnmond anders gedefinieerd');
  });

  it('gives the same as data, the roll-up by hand: 120 + 15 + 14 + 6 + 11', async () => {
    const json = JSON.parse((await run('region', regionFolder(), '--json', '--lang', 'en')).stdout);
    expect(json.regional.file).toBe('regio-rijnmond.json');
    expect(json.municipalities).toHaveLength(6);
    const sg01 = json.rollup.find((row: { code: string }) => row.code === 'SG-01');
    expect([sg01.value, sg01.missing]).toEqual([166, ['Barendrecht']]);
    expect(json.rollup.find((row: { code: string }) => row.code === 'SG-02').value).toBeCloseTo(67_219_000 / 960_000, 10);
    expect(json.findings.map((finding: { code: string }) => finding.code).sort()).toEqual([
      'indicator-code-differs',
      'link-missing',
      'regional-card-uncarried',
    ]);
  });

  it('writes the regional report as HTML and as a Word file with a page per municipality', async () => {
    const folder = regionFolder();
    const html = join(dir, 'regio.html');
    expect((await run('region', folder, '-o', html)).code).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<img alt="Regionale aanpak seksueel geweld Rijnmond" src="data:image/svg+xml');
    expect(page).toContain('Bijdrage van Maassluis');
    // The region's network picture: partners by plan, beside the table of partners.
    expect(page).toContain('<figure class="network"><img alt="Partners in de regio" src="data:image/svg+xml');
    const word = join(dir, 'regio.docx');
    await runWith({ PATH: process.env.PATH }, 'region', folder, '-o', word);
    const zip = await JSZip.loadAsync(readFileSync(word));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)!.length).toBeGreaterThanOrEqual(12);
    expect(xml).toContain('Witte vlekken van Maassluis');
    expect(
      Object.keys(zip.files)
        .filter((name) => name.startsWith('word/media/'))
        .sort(),
    ).toEqual(['word/media/image1.png', 'word/media/image1.svg', 'word/media/image2.png', 'word/media/image2.svg']);
    // And printed to PDF by the system's Chromium: A4 pages.
    const pdf = join(dir, 'regio.pdf');
    expect((await runWith({ PATH: process.env.PATH }, 'region', folder, '-o', pdf)).stderr).not.toContain('Chromium');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(6);
  }, 120_000);

  it('says so, and exits 2, for a folder that is not there, or that holds no region', async () => {
    const missing = await run('region', join(dir, 'nergens'));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('Geen regio in')]);
    const lonely = mkdtempSync(join(dir, 'los-'));
    writeFileSync(join(lonely, 'plan.json'), serializeDocument(ungroupedPlan()));
    writeFileSync(join(lonely, 'kapot.json'), 'x'.repeat(100));
    const none = await run('region', lonely);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Geen regio in');
  });
});

describe('veranderlogica comments', () => {
  function reviewed(): string {
    const doc = JSON.parse(readFileSync(example, 'utf8'));
    const partner = doc.actors[0];
    const intervention = doc.nodes.find((n: { kind: string }) => n.kind === 'intervention');
    doc.comments = [
      {
        id: 'c-1',
        about: intervention.id,
        author: { name: 'Femke', partner: partner.id },
        created: '2026-03-02T10:00:00Z',
        text: 'Ook het mbo?',
      },
      { id: 'c-2', replyTo: 'c-1', author: { name: 'Beleid' }, created: '2026-03-03T10:00:00Z', text: 'Ja, zie de toelichting.' },
      {
        id: 'c-3',
        author: { name: 'Femke', partner: partner.id },
        created: '2026-03-04T10:00:00Z',
        text: 'Verder akkoord.',
        status: 'resolved',
      },
    ];
    doc.suggestions = [
      {
        id: 's-1',
        author: { name: 'Femke', partner: partner.id },
        created: '2026-03-02T11:00:00Z',
        proposal: { type: 'retitle', id: intervention.id, title: 'Voorlichting voor iedereen' },
        status: 'declined',
        decision: { at: '2026-03-05T09:00:00Z', reason: 'De titel noemt de doelgroep bewust.' },
      },
    ];
    return write('reviewed.json', JSON.stringify(doc));
  }

  it('lists comments and suggestions per partner, with the answer and the decision', async () => {
    const result = await run('comments', reviewed());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 reacties en 1 voorstel: 0 overgenomen, 1 niet overgenomen, 0 nog open.');
    expect(result.stdout).toContain('Femke, 2 maart 2026: Ook het mbo?');
    expect(result.stdout).toContain('↳ Beleid: Ja, zie de toelichting.');
    expect(result.stdout).toContain('↳ De titel noemt de doelgroep bewust.');
  });

  it('shows only what is open with --open, and gives JSON for scripts', async () => {
    const open = await run('comments', reviewed(), '--open');
    expect(open.stdout).toContain('Ook het mbo?');
    expect(open.stdout).not.toContain('Verder akkoord.');
    expect(open.stdout).not.toContain('bewust');
    const json = JSON.parse((await run('comments', reviewed(), '--open', '--json', '--lang', 'en')).stdout);
    expect(json.sections[0].items.map((item: { outcome: string }) => item.outcome)).toEqual(['Still open']);
  });

  it('says so when there is nothing, and refuses a file it cannot read', async () => {
    expect((await run('comments', example)).stdout).toContain('Geen reacties of voorstellen.');
    const broken = await run('comments', write('kapot.json', '{"format": "veranderlogica", "comments": 5'));
    expect(broken.code).toBe(2);
  });

  it('writes the reactienota as a Word file', async () => {
    const out = join(dir, 'reactienota.docx');
    expect((await run('export', reviewed(), '--format', 'reactienota', '-o', out)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('De titel noemt de doelgroep bewust.');
    expect(xml).toContain('Niet overgenomen');
  });
});

describe('veranderlogica export, new, stats, schema', () => {
  it('exports every format of the registry that needs no browser to a file, and lists them in its help', async () => {
    const formats = EXPORT_FORMATS.filter((format) => !format.needs.includes('rasterise')).map((format) => format.id);
    expect(formats).toEqual(['html', 'pdf', 'docx', 'reactienota', 'pptx', 'md', 'xlsx', 'csv', 'svg', 'mermaid', 'dot', 'json']);
    const help = (await run('--help')).stdout;
    for (const format of EXPORT_FORMATS) expect(help.includes(`  ${format.id} `)).toBe(!format.needs.includes('rasterise'));
    // The PDF needs the system's Chromium: a test of its own below.
    for (const fmt of formats.filter((id) => id !== 'pdf')) {
      const out = join(dir, `out.${fmt}`);
      const result = await run('export', example, '--format', fmt, '-o', out);
      expect(result.code).toBe(0);
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100);
    }
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toContain('# Regionale aanpak seksueel geweld');
    const html = readFileSync(join(dir, 'out.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    // The diagram is the laid-out SVG, embedded as an image.
    expect(html).toContain('<section id="diagram" class="diagram">');
    expect(html).toContain('src="data:image/svg+xml;charset=utf-8,%3Csvg');
    // After the overview, the chains to each goal on pages of their own.
    expect(html.match(/<section class="diagram-page (landscape|portrait)" data-goal="/g)?.length).toBeGreaterThanOrEqual(5);
    // An .xlsx is a zip archive.
    expect(readFileSync(join(dir, 'out.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes an .xlsx or a .pdf only to a file', async () => {
    for (const format of ['xlsx', 'pdf']) {
      const result = await run('export', example, '--format', format);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`-o plan.${format}`);
      expect(result.stdout).toBe('');
    }
  });

  it('prints the report to PDF with the system Chromium: A4 pages, the detail pages where their numbers say', async () => {
    const plan = write('zonder-groepen.json', JSON.stringify(ungroupedPlan()));
    const out = join(dir, 'rapport.pdf');
    const result = await runWith({ PATH: process.env.PATH }, 'export', plan, '--format', 'pdf', '-o', out);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).split('\f');
    const numbered = pages.flatMap((text, i) =>
      /^\s*p\. (\d+) Ketens naar doel/.exec(text) ? [[i + 1, Number(/p\. (\d+)/.exec(text)![1])]] : [],
    );
    expect(numbered.length).toBeGreaterThan(1);
    for (const [page, number] of numbered) expect(number).toBe(page);
  }, 120_000);

  it('writes a 16:9 deck whose pictures have a PNG beside their SVG, drawn by the system Chromium', async () => {
    const out = join(dir, 'presentatie.pptx');
    const result = await runWith({ PATH: process.env.PATH }, 'export', example, '--format', 'pptx', '-o', out);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length).toBeGreaterThan(3);
    const pngs = Object.keys(zip.files).filter((name) => /^ppt\/media\/.*\.png$/.test(name));
    expect(pngs.length).toBeGreaterThan(2);
    for (const name of pngs) expect((await zip.file(name)!.async('uint8array')).subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
  }, 120_000);

  it('says what to do when there is no Chromium to print with, and writes nothing', async () => {
    const out = join(dir, 'niets.pdf');
    for (const env of [{}, { PATH: process.env.PATH, VERANDERLOGICA_CHROMIUM: join(dir, 'geen-chromium') }]) {
      const result = await runWith(env, 'export', example, '--format', 'pdf', '-o', out);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Voor een pdf is Chromium nodig');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses an unknown format with the list of formats', async () => {
    const result = await run('export', example, '--format', 'word');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('kies uit: html, pdf, docx, reactienota, pptx, md, xlsx, csv, svg, mermaid, dot, json.');
  });

  it('writes the report as a Word file whose pictures have a PNG beside their SVG, drawn by the system Chromium', async () => {
    const out = join(dir, 'rapport.docx');
    const result = await runWith({ PATH: process.env.PATH }, 'export', example, '--format', 'docx', '-o', out);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:tbl>');
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg')).length).toBeGreaterThan(1);
    const pngs = media.filter((name) => name.endsWith('.png'));
    expect(pngs.length).toBe(media.length / 2);
    for (const name of pngs) {
      const bytes = await zip.file(name)!.async('uint8array');
      expect(bytes.subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
      expect(bytes.length).toBeGreaterThan(1_000); // a drawn picture, not the blank pixel
    }
  }, 180_000);

  it('creates a valid document from a template', async () => {
    const result = await run('new', '--template', 'landelijke-bouwstenen', '--title', 'Regio Noord');
    expect(result.code).toBe(0);
    const parsed = parseDocument(result.stdout);
    expect(parsed.ok && parsed.document.title).toBe('Regio Noord');
    expect((await run('new', '--template', 'nope')).stderr).toContain('voorbeeldregio');
  });

  it('prints stats and the schema', async () => {
    expect((await run('stats', example)).stdout).toMatch(/Interventie\s+12/);
    expect(JSON.parse((await run('schema')).stdout).title).toBe('Veranderlogica document');
  });

  it('refuses unknown commands and options in one line', async () => {
    expect(await run('valideer', example)).toMatchObject({ code: 2 });
    const result = await run('validate', example, '--nope');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Ongeldige optie');
  });
});

describe('the veranderlogica binary', () => {
  const exec = promisify(execFile);
  it('runs with node and returns the exit code', async () => {
    const ok = await exec('node', [bin, 'validate', example]);
    expect(ok.stdout).toContain('geen fouten');
    const broken = write('broken.json', '{"format": "veranderlogica", "version": 1');
    const failure = await exec('node', [bin, 'validate', broken]).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).not.toContain('    at ');
  });
});

describe('the command line keeps its contract on bad input', () => {
  const doc = () => JSON.parse(readFileSync(example, 'utf8'));
  const withErrors = () => {
    const broken = doc();
    broken.edges.push({ id: 'kapot', kind: 'leads-to', source: 'doel-herstel', target: 'int-csg' });
    return write('with-errors.json', JSON.stringify(broken));
  };

  it('validates every file it is given and exits with the worst result', async () => {
    const unreadable = write('unreadable.json', '{"format": ');
    expect((await run('validate', example, example)).code).toBe(0);
    const mixed = await run('validate', example, withErrors(), example);
    expect(mixed.code).toBe(1);
    expect(mixed.stdout.match(/✔/g)).toHaveLength(2);
    expect(mixed.stdout.match(/✖/g)).toHaveLength(1);
    const worst = await run('validate', withErrors(), unreadable, example);
    expect(worst.code).toBe(2);
    // The unreadable one is named, and the files after it are still checked.
    expect(worst.stderr).toContain('unreadable.json');
    expect(worst.stdout.match(/✔/g)).toHaveLength(1);
    const json = await run('validate', example, withErrors(), '--json');
    expect((JSON.parse(json.stdout) as { valid: boolean }[]).map((report) => report.valid)).toEqual([true, false]);
  });

  it('refuses to export over the file it reads, and leaves that file as it was', async () => {
    const input = write('input.json', readFileSync(example, 'utf8'));
    const before = readFileSync(input, 'utf8');
    const result = await run('export', input, '--format', 'md', '-o', join(dir, '.', 'input.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('niet over het bestand');
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('refuses to overwrite with new unless --force, and refuses a title the format refuses', async () => {
    const target = write('existing.json', 'mijn werk');
    const refused = await run('new', '--template', 'blank', '-o', target);
    expect(refused).toMatchObject({ code: 2 });
    expect(refused.stderr).toContain('bestaat al');
    expect(readFileSync(target, 'utf8')).toBe('mijn werk');
    expect((await run('new', '--template', 'blank', '-o', target, '--force')).code).toBe(0);
    expect(parseDocument(readFileSync(target, 'utf8')).ok).toBe(true);
    const long = await run('new', '--template', 'blank', '--title', 'x'.repeat(600));
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('Te lang');
    const control = await run('new', '--template', 'blank', '--title', 'Plan\u001b[2J');
    expect(control.code).toBe(2);
    expect(control.stdout).toBe('');
  });

  it('refuses a file larger than the limit before reading it, and a device that never ends', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 32));
    const result = await run('validate', big);
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toContain('te groot');
    const zero = await run('validate', '/dev/zero');
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('te groot');
  });

  it('prints escape sequences in titles and keys visibly, never to the terminal', async () => {
    const hostile = doc();
    hostile.title = 'Plan\u001b[2J\r✔ geen fouten';
    hostile['sleutel\u001b[31m'] = 1;
    const result = await run('validate', write('escape.json', JSON.stringify(hostile)));
    expect(result.code).toBe(2);
    // Reading already left the escape out of the key; nothing printed holds one.
    expect(result.stderr).not.toMatch(/\u001b/);
    expect(result.stderr).toContain('sleutel[31m');
    const stats = await run('stats', write('title.json', JSON.stringify({ ...doc(), title: 'Plan\u0007\u009b2J' })));
    expect(stats.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('gives each command its exit code: 0 done, 1 findings, 2 unreadable or misused', async () => {
    const unreadable = write('bad.json', 'niet eens json');
    const cases: [string[], number][] = [
      [['validate', example], 0],
      [['validate', withErrors()], 1],
      [['validate', unreadable], 2],
      [['validate'], 2],
      [['export', example, '--format', 'md'], 0],
      [['export', unreadable, '--format', 'md'], 2],
      [['export', example], 2],
      [['export', example, '--format', 'xlsx'], 2],
      [['new', '--template', 'blank'], 0],
      [['new', '--template', 'bestaat-niet'], 2],
      [['templates'], 0],
      [['stats', example], 0],
      [['stats', unreadable], 2],
      [['schema'], 0],
      [['onbekend'], 2],
      [['--help'], 0],
      [[], 2],
    ];
    for (const [argv, code] of cases) expect((await run(...argv)).code, argv.join(' ')).toBe(code);
  });
});

describe('the veranderlogica binary in a pipe', () => {
  it('ends quietly with the command’s own code when the reader closes the pipe early', async () => {
    // The HTML report (over 300 kB) is larger than a pipe holds, so the writer meets the closed pipe.
    const err = join(dir, 'pipe-stderr.txt');
    const script = `node ${bin} export ${example} --format html 2>${err} | head -c 10 >/dev/null; echo \${PIPESTATUS[0]}`;
    const { stdout } = await promisify(execFile)('bash', ['-c', script]);
    expect(stdout.trim()).toBe('0');
    expect(readFileSync(err, 'utf8')).toBe('');
  });
});

describe('veranderlogica serve', () => {
  it('serves the editor and the rooms on one port, opens a room from a plan, and stores it on stopping', async () => {
    const editor = join(dir, 'editor');
    const data = join(dir, 'data');
    (await import('node:fs')).mkdirSync(editor, { recursive: true });
    writeFileSync(join(editor, 'index.html'), '<!doctype html><title>Veranderlogica</title>');
    let stop: () => void = () => {};
    const until = new Promise<void>((resolve) => (stop = resolve));
    let stdout = '';
    const running = main(['serve', example, '--port', '0', '--data', data, '--editor', editor], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      env: {},
      until,
    });
    const start = Date.now();
    while (!/facilitator: /.test(stdout) && Date.now() - start < 20_000) await new Promise((r) => setTimeout(r, 20));
    const url = /draait op (http:\/\/[^\s]+)/.exec(stdout)?.[1];
    const code = /code voor deelnemers: ([A-Z0-9]{6})/.exec(stdout)?.[1];
    expect(url).toBeDefined();
    expect(code).toBeDefined();
    expect(stdout).toMatch(/SQLite/);
    // The editor on any address of the app, the join endpoint beside it.
    expect(await (await fetch(`${url}/?join=${code}`)).text()).toContain('<title>Veranderlogica</title>');
    const joined = await fetch(`${url}/api/join`, { method: 'POST', body: JSON.stringify({ code, name: 'Tafel 1' }) });
    expect(joined.status).toBe(200);
    stop();
    expect(await running).toBe(0);
    expect(stdout).toMatch(/Gestopt/);
  });
});

describe('veranderlogica diff and text', () => {
  const edited = () => {
    const doc = JSON.parse(readFileSync(example, 'utf8')) as Document;
    const card = doc.nodes.find((node) => node.kind === 'intervention')!;
    card.title = 'Lespakket, vernieuwd';
    doc.actors.push({ id: 'partner-bibliotheek', name: 'Bibliotheek', domain: 'education', contact: '', offer: '' });
    return { doc, card };
  };

  it('says what changed in content and exits 1; exits 0 when only the layout changed', async () => {
    const { doc } = edited();
    const changed = await run('diff', example, write('edited.json', JSON.stringify(doc)));
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('Kaarten hernoemd (1):');
    expect(changed.stdout).toContain('Partners erbij (1):\n  + Bibliotheek (partner-bibliotheek)');
    const moved = JSON.parse(readFileSync(example, 'utf8')) as Document;
    moved.layout = {
      direction: 'LR',
      positions: Object.fromEntries(moved.nodes.map((node, i) => [node.id, { x: i * 10, y: 0, pinned: true }])),
    };
    const layoutOnly = await run('diff', example, write('moved.json', JSON.stringify(moved)), '--lang', 'en');
    expect(layoutOnly.code).toBe(0);
    expect(layoutOnly.stdout).toMatch(/No changes in content/);
    const json = await run('diff', example, write('edited2.json', JSON.stringify(doc)), '--json');
    expect((JSON.parse(json.stdout) as { partners: { joined: { id: string }[] } }).partners.joined[0]!.id).toBe('partner-bibliotheek');
    expect((await run('diff', example)).code).toBe(2);
  });

  it('prints a plan as stable lines for git, without the layout', async () => {
    const { doc, card } = edited();
    const before = await run('text', example);
    const after = await run('text', write('edited3.json', JSON.stringify(doc)));
    const changedLines = after.stdout.split('\n').filter((line) => !before.stdout.split('\n').includes(line));
    expect(changedLines).toEqual([
      expect.stringMatching(/^partner partner-bibliotheek "Bibliotheek" education$/),
      expect.stringMatching(new RegExp(`^card ${card.id} intervention "Lespakket, vernieuwd"`)),
    ]);
    const moved = JSON.parse(readFileSync(example, 'utf8')) as Document;
    moved.layout = { direction: 'BT', positions: Object.fromEntries(moved.nodes.map((node, i) => [node.id, { x: 0, y: i * 10 }])) };
    expect((await run('text', write('moved2.json', JSON.stringify(moved)))).stdout).toBe(before.stdout);
  });
});

describe('veranderlogica version, import-measurements and the yearly report', () => {
  const plan = () => JSON.parse(readFileSync(example, 'utf8')) as Document;
  const indicatorIds = (doc: Document) => doc.nodes.filter((node) => node.kind === 'indicator').map((node) => node.id);

  it('keeps a named version in the plan, lists it, and diffs the plan against it', async () => {
    const path = write('versioned.json', readFileSync(example, 'utf8'));
    const made = await run('version', path, '--name', 'Vastgesteld door de raad, 2025');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Versie "Vastgesteld door de raad, 2025" bewaard \(versie-\d{4}-\d{2}-\d{2}\)/);
    const kept = parseDocument(readFileSync(path, 'utf8'));
    expect(kept.ok && kept.document.versions.map((v) => v.name)).toEqual(['Vastgesteld door de raad, 2025']);
    expect((await run('versions', path)).stdout).toContain('Vastgesteld door de raad, 2025');
    expect((await run('diff', path, '--since', 'vastgesteld door de raad, 2025')).code).toBe(0);

    const edited = JSON.parse(readFileSync(path, 'utf8')) as Document;
    edited.nodes.find((node) => node.kind === 'goal')!.title = 'Minder seksueel geweld, voor iedereen';
    writeFileSync(path, JSON.stringify(edited));
    const diff = await run('diff', path, '--since', 'Vastgesteld door de raad, 2025');
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain('Kaarten hernoemd (1):');
    const missing = await run('diff', path, '--since', 'Begroting 2030');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Geen versie "Begroting 2030" in dit plan. Bewaarde versies: "Vastgesteld door de raad, 2025"');

    const report = await run('export', path, '--format', 'md');
    expect(report.stdout).toContain('## Wat is er veranderd sinds Vastgesteld door de raad, 2025');
    expect(report.stdout).toContain('## Voortgang');
    expect((await run('version', path)).code).toBe(2);
  });

  it('refuses a 101st version: says why and what to do, exits 2, and leaves the plan as it was', async () => {
    const full = plan();
    const { versions: _versions, comments: _comments, suggestions: _suggestions, reviews: _reviews, ...snapshot } = full;
    const versions = Array.from({ length: 100 }, (_, i) => ({
      id: `versie-${i + 1}`,
      name: `Versie ${i + 1}`,
      created: '2026-01-01T00:00:00.000Z',
      plan: { ...snapshot, nodes: snapshot.nodes.slice(0, 3), edges: [] },
    }));
    const path = write('honderd.json', JSON.stringify({ ...full, versions }));
    const before = readFileSync(path);
    const refused = await run('version', path, '--name', 'Nog een');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('hoogstens 100 versies');
    expect(refused.stderr).toContain('Verwijder er eerst een');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect((await run('validate', path)).code).toBe(0);
  });

  it('keeps a version of a 10.7 MB plan in little more room: versions are kept compressed and as changes', async () => {
    const big = plan();
    const filler = 'Uitgebreide toelichting op de werking van deze interventie in de praktijk. '.repeat(260);
    big.nodes = big.nodes.map((node) => ({ ...node, description: filler.slice(0, 19_000) }));
    const extra = Array.from({ length: 500 }, (_, i) => ({ ...big.nodes[0]!, id: `extra-${i}`, title: `Extra kaart ${i}` }));
    big.nodes = [...big.nodes, ...extra];
    const path = write('groot.json', JSON.stringify(big, null, 2));
    const size = readFileSync(path).length;
    expect(size).toBeGreaterThan(10 * 1024 * 1024);
    for (const name of ['Eerste', 'Tweede']) expect((await run('version', path, '--name', name)).code).toBe(0);
    expect(readFileSync(path).length).toBeLessThan(size * 1.1);
    expect((await run('validate', path)).code).toBe(0);
    expect((await run('diff', path, '--since', 'Eerste')).code).toBe(0);
  });

  it('refuses a version that would make the file too large to open, and leaves the plan as it was', async () => {
    // Text that does not compress: a 15 MB plan whose version would take the file past the 20 MB the tool reads.
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 16_807) % 2_147_483_647) % 26));
    const big = plan();
    const cards = Array.from({ length: 800 }, (_, i) => ({
      ...big.nodes.find((node) => node.kind === 'outcome')!,
      id: `ruis-${i}`,
      title: `Kaart ${i}`,
      description: Array.from({ length: 19_000 }, letter).join(''),
    }));
    big.nodes = [...big.nodes, ...cards];
    const path = write('te-groot.json', JSON.stringify(big));
    const size = readFileSync(path).length;
    expect(size).toBeGreaterThan(14 * 1024 * 1024);
    const refused = await run('version', path, '--name', 'Te groot');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Het plan zou [\d,]+ MB worden; een bestand mag hoogstens 20 MB zijn/);
    expect(readFileSync(path).length).toBe(size);
    // Nothing half-written beside it either.
    expect(readdirSync(dir).filter((name) => name.includes('te-groot.json') && name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('imports a CSV of measurements: reports added rows and wrong cells by row and column, exits 1, writes the rest', async () => {
    const [first, second] = indicatorIds(plan());
    const csv = write('metingen.csv', `Id;Datum;Waarde;Bron\n${first};31-12-2026;12,5;GGD\n${second};2026;veel;\nonbekend;2026;3;\n`);
    const dry = await run('import-measurements', example, csv);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('1 metingen erbij, 0 gewijzigd');
    expect(dry.stdout).toContain('regel 3, kolom Waarde: "veel" is geen getal.');
    expect(dry.stdout).toContain('regel 4, kolom Id: Geen indicator met id of naam "onbekend" in dit plan.');
    expect(dry.stdout).toContain('Er is niets veranderd');

    const out = join(dir, 'met-metingen.json');
    const written = await run('import-measurements', example, csv, '-o', out);
    expect(written.code).toBe(1);
    const result = parseDocument(readFileSync(out, 'utf8'));
    expect(result.ok).toBe(true);
    const node = result.ok ? result.document.nodes.find((n) => n.id === first) : undefined;
    expect(node?.kind === 'indicator' && node.measurements).toContainEqual({ value: 12.5, date: '2026-12-31', source: 'GGD' });

    const json = await run('import-measurements', example, csv, '--json', '--lang', 'en');
    const report = JSON.parse(json.stdout) as { problems: { row: number; column: string; message: { en: string } }[] };
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'Waarde'],
      [4, 'Id'],
    ]);
  });

  it('remembers a CSV column mapping in the plan for the next import', async () => {
    const [first] = indicatorIds(plan());
    const csv = write('eigen.csv', `code,jaar,score\n${first},2027,4\n`);
    expect((await run('import-measurements', example, csv)).stdout).toContain('De kolom "Indicator (id of naam)" ontbreekt');
    const out = join(dir, 'mapped.json');
    const mapped = await run('import-measurements', example, csv, '--columns', 'indicator=code,date=jaar,value=score', '-o', out);
    expect(mapped.code).toBe(0);
    const again = await run('import-measurements', out, csv);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 metingen erbij, 0 gewijzigd, 1 ongewijzigd');
    expect((await run('import-measurements', example, csv, '--columns', 'kleur=rood')).stderr).toContain('--columns');
  });

  it('says in one line that a file is no workbook, and exits 2', async () => {
    const fake = write('nep.xlsx', 'Id;Datum;Waarde\n');
    const result = await run('import-measurements', example, fake);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('geen Excel-werkboek');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads back the workbook it exports', async () => {
    const xlsx = join(dir, 'meetplan.xlsx');
    expect((await run('export', example, '--format', 'xlsx', '-o', xlsx)).code).toBe(0);
    const result = await run('import-measurements', example, xlsx);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0 metingen erbij, 0 gewijzigd, \d+ ongewijzigd, \d+ nog in te vullen/);
  });
});

describe('every command has its help, and misuse is said in the user’s language', () => {
  const commands = [
    'validate',
    'export',
    'new',
    'templates',
    'stats',
    'schema',
    'diff',
    'version',
    'versions',
    'import-measurements',
    'text',
    'serve',
  ];

  it('lists every command in the help, and gives each its own --help in Dutch and English', async () => {
    const help = (await run('--help')).stdout;
    for (const command of commands) expect(help, command).toMatch(new RegExp(`^  ${command} `, 'm'));
    for (const command of commands) {
      const nl = await run(command, '--help');
      expect(nl.code, command).toBe(0);
      expect(nl.stdout).toContain(`Gebruik: veranderlogica ${command}`);
      expect(nl.stdout).toContain('Opties:');
      expect(nl.stdout).not.toMatch(/\[options\]|display help|Usage:/);
      const en = await run(command, '--help', '--lang', 'en');
      expect(en.stdout).toContain(`Usage: veranderlogica ${command}`);
      expect(en.stdout).not.toMatch(/Gebruik|Opties/);
      expect((await run('help', command)).stdout).toBe(nl.stdout);
    }
    expect((await run('export', '--help')).stdout).toMatch(/Formaten:\n {2}html/);
    expect((await runWith({ VERANDERLOGICA_LANG: 'en' }, '--help')).stdout).toContain('Commands:');
    expect((await run('--lang=en', '--help')).stdout).toContain('Commands:');
  });

  it('says each kind of misuse in one line in the chosen language, with a suggestion where one is close', async () => {
    const cases: [string[], RegExp][] = [
      [['valideer', example], /^Onbekende opdracht "valideer"\. .*Bedoel je validate\?$/],
      [['validate', example, '--jsn'], /^Ongeldige optie: --jsn\. .*Bedoel je --json\?$/],
      [['export', example, '--format'], /^De optie --format vraagt een waarde\.$/],
      [['stats', example, example], /^Te veel argumenten voor stats\./],
      [['stats'], /^Geef een bestand op, bijvoorbeeld: veranderlogica stats /],
      [['import-measurements', example], /^import-measurements leest een plan en een bestand met metingen/],
      [['diff', example], /^diff vergelijkt twee bestanden/],
      [['diff', example, example, '--since', 'x'], /^diff vergelijkt twee bestanden/],
      [['validate', example, '--lang', 'fr'], /^Onbekende taal "fr"; kies nl of en\.$/],
      [['serve', '--port', '99999'], /^Ongeldige optie: --port 99999\./],
      [['serve', '--port', '12ab'], /^Ongeldige optie: --port 12ab\./],
      [['serve', join(dir, 'bestaat-niet.json'), '--port', '0'], /^Kan .*bestaat-niet\.json niet lezen: bestand bestaat niet$/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(result.stderr.trim(), argv.join(' ')).toMatch(message);
    }
    const english = await run('validate', example, '--jsn', '--lang', 'en');
    expect(english.stderr.trim()).toMatch(/^Invalid option: --jsn\. .*Did you mean --json\?$/);
  });
});
