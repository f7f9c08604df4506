import { describe, expect, it } from 'vitest';
import { hyphenated, loadHyphenation } from './hyphenate.js';

const SOFT = '\u00AD';

describe('hyphenation of card titles', () => {
  it('returns the text unchanged until the patterns are there, then breaks long Dutch words between syllables', async () => {
    const title = 'Handelingsverlegenheid bij omstanders neemt af';
    expect(hyphenated(title, 'nl')).toBe(title);
    await loadHyphenation('nl');
    const broken = hyphenated(title, 'nl');
    expect(broken.replaceAll(SOFT, '')).toBe(title);
    const [long, ...rest] = broken.split(' ');
    // Dutch rules: a break between "handelings" and "verlegenheid", and none inside the short words.
    expect(long!.split(SOFT)).toContain('lings');
    expect(long!.split(SOFT).length).toBeGreaterThan(3);
    expect(rest[0]).toBe('bij');
    expect(rest.at(-1)).toBe('af');
  });

  it('uses the English rules for an English plan, and leaves words under ten letters whole', async () => {
    await loadHyphenation('en');
    const broken = hyphenated('Professionals recognise signals', 'en');
    expect(broken.replaceAll(SOFT, '')).toBe('Professionals recognise signals');
    expect(broken.split(' ')[0]!.includes(SOFT)).toBe(true);
    expect(broken.split(' ').slice(1).join(' ')).toBe('recognise signals');
  });
});
