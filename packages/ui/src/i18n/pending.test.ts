import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const pending = JSON.parse(readFileSync(`${root}i18n-pending.json`, 'utf8')) as string[];

describe('the files that still hold Dutch and English texts outside a catalogue (i18n-pending.json)', () => {
  it('only shrinks: every file listed exists and still holds such a text, so a file moved to a catalogue leaves the list', () => {
    const pair = /\bnl:\s*['`"][\s\S]{0,400}?\ben:\s*['`"]/;
    for (const file of pending) {
      expect(existsSync(`${root}${file}`), file).toBe(true);
      expect(
        pair.test(readFileSync(`${root}${file}`, 'utf8')),
        `${file} holds no inline text any more: take it off i18n-pending.json`,
      ).toBe(true);
    }
    // The interface and the editor have none left; new ones go into a catalogue.
    expect(pending.filter((file) => file.startsWith('apps/') || file.startsWith('packages/ui/'))).toEqual([]);
  });
});
