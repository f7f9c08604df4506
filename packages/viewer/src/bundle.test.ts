import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The files `npm run build` writes for web pages (packages/viewer/bundle), read as a website would serve them.
const dir = new URL('../bundle/', import.meta.url);

describe('the viewer for web pages', () => {
  it('is under 200 kB gzipped, with the layout engine in a file of its own that it loads only when it must lay out', () => {
    if (!existsSync(new URL('veranderlogica-viewer.js', dir))) throw new Error('No viewer bundle: run `npm run build` first.');
    const viewer = readFileSync(new URL('veranderlogica-viewer.js', dir));
    expect(gzipSync(viewer, { level: 9 }).length).toBeLessThan(200_000);
    // ELK's own classes are not in the viewer's file; the viewer names the file that holds them.
    expect(viewer.includes('org.eclipse.elk')).toBe(false);
    const elk = readdirSync(dir).find((name) => name.startsWith('elk'));
    expect(elk).toBeDefined();
    expect(viewer.toString('utf8')).toContain(elk);
    expect(readFileSync(new URL(elk!, dir)).includes('org.eclipse.elk')).toBe(true);
  });
});
