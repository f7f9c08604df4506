import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server } from '@hocuspocus/server';
import { afterAll, describe, expect, it } from 'vitest';
import { Editor } from './editor.js';

const root = mkdtempSync(join(tmpdir(), 'vl-editor-'));
const dist = join(root, 'dist');
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Veranderlogica</title>');
writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), 'niet voor bezoekers');

const server = new Server({ port: 0, quiet: true, stopOnSignals: false, extensions: [new Editor(dist, { quiet: true })] });
await server.listen();
const url = `http://127.0.0.1:${server.address.port}`;
afterAll(async () => {
  await server.destroy();
  rmSync(root, { recursive: true, force: true });
});

describe('the Editor extension', () => {
  it('serves the editor’s files, the hashed assets cached for a year and the page never', async () => {
    const asset = await fetch(`${url}/assets/app-1a2b.js`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const page = await fetch(`${url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain('Veranderlogica');
  });

  it('opens its one page at any other address, and nothing outside its directory', async () => {
    expect(await (await fetch(`${url}/room/abc?join=ABCDEF`)).text()).toContain('Veranderlogica');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%5c..%5csecret.txt']) {
      const response = await fetch(`${url}${path}`);
      expect(await response.text(), path).not.toContain('niet voor bezoekers');
    }
    expect((await fetch(`${url}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${url}/`, { method: 'PUT' })).status).toBe(405);
  });
});
