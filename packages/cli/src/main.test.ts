import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@veranderlogica/core';
import { main } from './main.js';

const example = fileURLToPath(new URL('../../../examples/voorbeeldregio.json', import.meta.url));
const bin = fileURLToPath(new URL('../bin/veranderlogica.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'veranderlogica-cli-'));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
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

describe('veranderlogica export, new, stats, schema', () => {
  it('exports every format to a file', async () => {
    for (const fmt of ['md', 'html', 'csv', 'xlsx', 'mermaid', 'dot', 'svg']) {
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
    // An .xlsx is a zip archive.
    expect(readFileSync(join(dir, 'out.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes an .xlsx only to a file', async () => {
    const result = await run('export', example, '--format', 'xlsx');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o meetplan.xlsx');
    expect(result.stdout).toBe('');
  });

  it('refuses an unknown format with the list of formats', async () => {
    const result = await run('export', example, '--format', 'pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('kies uit: md, html, csv, xlsx, mermaid, dot, svg');
  });

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
