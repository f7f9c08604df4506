import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { apiReport, publicApi } from '../scripts/api-report.js';

interface Entry {
  readonly name: string;
  readonly kind: string;
  readonly example: boolean;
}

describe('the public surface of @veranderlogica/core', () => {
  const api = (publicApi as () => Entry[])();

  it('is listed in api.md, so a change to it shows in review (run `npm run generate`)', () => {
    expect(readFileSync(new URL('../api.md', import.meta.url), 'utf8')).toBe((apiReport as () => string)());
  });

  it('holds at most 150 names in the main entry point, each with an @example', () => {
    expect(api.length).toBeLessThanOrEqual(150);
    expect(api.filter((entry) => !entry.example).map((entry) => entry.name)).toEqual([]);
  });

  it('keeps internals inside: escaping helpers and report texts are not exported', () => {
    const names = new Set(api.map((entry) => entry.name));
    for (const internal of [
      'escapeHtml',
      'escapeMarkdown',
      'csvField',
      'toCsv',
      'dotString',
      'REPORT_TEXT',
      'joinList',
      'applyPatchList',
    ]) {
      expect(names.has(internal), internal).toBe(false);
    }
  });
});
